/**
 * Two documents with Vietnamese text for the search tests: "Quỹ bảo trì đường
 * bộ" is on page 3 of the first, and on page 2 of the second across a line break.
 */
import type { Hub } from '../../src/main/hub/startHub';
import type { DocumentInfo } from '../../src/shared/protocol';
import { uploadTestDocument } from './uploadTestDocument';
import { makeVietnameseTextPdf } from './vietnameseTextPdf';

const FILLER = ['Báo cáo của Ủy ban nhân dân thành phố', 'về tình hình thực hiện nhiệm vụ năm 2026.'];

/** The phrase, typed without diacritics. */
export const SEARCHED_PHRASE = 'quy bao tri duong bo';

export async function uploadSearchableDocuments(hub: Hub): Promise<{ budget: DocumentInfo; roads: DocumentInfo }> {
  const itemId = hub.engine.state().agenda[4]?.id ?? '';
  const budget = await uploadTestDocument(
    hub,
    itemId,
    'to-trinh-quy.pdf',
    await makeVietnameseTextPdf([FILLER, FILLER, ['Đề nghị bổ sung vốn cho Quỹ bảo trì đường bộ', 'của thành phố trong năm 2027.']]),
    'Tờ trình bổ sung vốn các quỹ',
  );
  const roads = await uploadTestDocument(
    hub,
    itemId,
    'bao-cao-giao-thong.pdf',
    await makeVietnameseTextPdf([FILLER, ['Kiến nghị tăng chi từ quỹ bảo trì', 'đường bộ cho các tuyến phường.'], FILLER]),
    'Báo cáo giao thông đô thị',
  );
  return { budget, roads };
}
