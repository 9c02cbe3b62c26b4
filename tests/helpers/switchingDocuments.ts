/**
 * Four documents that differ in page size and page count, and a walk through
 * them that switches document 20 times: from a late page of a long document
 * to a short one, back to a page shown before, and every size after every
 * other. Shared by the Playwright and the WebKit tests of issue 12.
 */
import type { Hub } from '../../src/main/hub/startHub';
import type { DocumentInfo } from '../../src/shared/protocol';
import { makeMarkedPdf, PAGE_SIZES } from './testPdfs';
import { uploadTestDocument } from './uploadTestDocument';

export interface SwitchingDocuments {
  byName: Record<DocumentName, DocumentInfo>;
  /** Document id → the PDF's bytes, for the reference renders. */
  bytes: Map<string, Uint8Array>;
}

export type DocumentName = 'a4Portrait' | 'a4Landscape' | 'a3Portrait' | 'letterPortrait';

const SHAPES: Record<DocumentName, { pages: number; mark: number; title: string }> = {
  a4Portrait: { pages: 7, mark: 1, title: 'Tờ trình A4 dọc' },
  a4Landscape: { pages: 3, mark: 3, title: 'Bảng biểu A4 ngang' },
  a3Portrait: { pages: 2, mark: 5, title: 'Bản đồ A3' },
  letterPortrait: { pages: 5, mark: 7, title: 'Báo cáo khổ Letter' },
};

/** 21 positions, so 20 switches of document; each position names another document than the one before. */
export const SWITCH_WALK: ReadonlyArray<readonly [DocumentName, number]> = [
  ['a4Portrait', 7], ['a4Landscape', 1], ['a3Portrait', 2], ['a4Portrait', 1], ['letterPortrait', 5],
  ['a4Landscape', 3], ['a4Portrait', 7], ['a3Portrait', 1], ['a4Landscape', 1], ['letterPortrait', 2],
  ['a4Portrait', 4], ['a4Landscape', 1], ['a3Portrait', 2], ['letterPortrait', 5], ['a4Portrait', 2],
  ['a3Portrait', 1], ['letterPortrait', 1], ['a4Landscape', 2], ['a4Portrait', 7], ['a4Landscape', 1],
  ['letterPortrait', 3],
];

/** Uploads the four documents to the hub's agenda item `itemIndex`. */
export async function uploadSwitchingDocuments(hub: Hub, itemIndex = 2): Promise<SwitchingDocuments> {
  const item = hub.engine.state().agenda[itemIndex];
  if (!item) throw new Error(`no agenda item ${itemIndex}`);
  const byName = {} as Record<DocumentName, DocumentInfo>;
  const bytes = new Map<string, Uint8Array>();
  for (const name of Object.keys(SHAPES) as DocumentName[]) {
    const { pages, mark, title } = SHAPES[name];
    const pdf = await makeMarkedPdf(PAGE_SIZES[name], pages, mark);
    const document = await uploadTestDocument(hub, item.id, `${name}.pdf`, pdf, title);
    byName[name] = document;
    bytes.set(document.id, pdf);
  }
  return { byName, bytes };
}
