import type { DocumentInfo } from '../../shared/protocol';
import type { DocumentLibrary } from '../documents/documentLibrary';
import { PdfPage } from '../pdf/PdfPage';
import { usePdf } from '../pdf/usePdf';

/** The presented page, whole and as large as the screen allows. */
export function PresentedPage({ library, shownDocument, page }: { library: DocumentLibrary; shownDocument: DocumentInfo; page: number }) {
  const pdf = usePdf(library, shownDocument);
  return <div className="screen-page">{pdf.status === 'ready' && <PdfPage library={library} pdf={pdf.pdf} documentId={shownDocument.id} page={page} fit="page" ahead={1} />}</div>;
}
