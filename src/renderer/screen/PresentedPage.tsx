import type { DocumentInfo, ZoomRegion } from '../../shared/protocol';
import type { DocumentLibrary } from '../documents/documentLibrary';
import { PdfPage } from '../pdf/PdfPage';
import { usePdf } from '../pdf/usePdf';
import { ZoomedPage } from './ZoomedPage';

/** The presented page, whole and as large as the screen allows; or the region the presenter zoomed to, filling the screen. */
interface PresentedPageProps {
  library: DocumentLibrary;
  shownDocument: DocumentInfo;
  page: number;
  zoom: ZoomRegion | null;
}

export function PresentedPage({ library, shownDocument, page, zoom }: PresentedPageProps) {
  const pdf = usePdf(library, shownDocument);
  if (pdf.status !== 'ready') return <div className="screen-page" />;
  return (
    <div className="screen-page">
      {zoom ? (
        <ZoomedPage pdf={pdf.pdf} documentId={shownDocument.id} page={page} region={zoom} />
      ) : (
        <PdfPage library={library} pdf={pdf.pdf} documentId={shownDocument.id} page={page} fit="page" ahead={1} />
      )}
    </div>
  );
}
