/** A document with every text in Unicode NFC, so a name keeps one form whatever keyboard typed it. */
import type { MinutesBlock, MinutesDocument } from './minutesDocument';
import { nfc } from './minutesFormat';

function nfcBlock(block: MinutesBlock): MinutesBlock {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return { ...block, text: nfc(block.text) };
    case 'list':
      return { ...block, items: block.items.map(nfc) };
    case 'table':
      return { ...block, columns: block.columns.map((column) => ({ ...column, title: nfc(column.title) })), rows: block.rows.map((row) => row.map(nfc)) };
    case 'pageBreak':
      return block;
  }
}

export function nfcDocument(document: MinutesDocument): MinutesDocument {
  return {
    ...document,
    header: { issuer: document.header.issuer.map(nfc), number: nfc(document.header.number), placeAndDate: nfc(document.header.placeAndDate) },
    title: document.title.map(nfc),
    blocks: document.blocks.map(nfcBlock),
    signatures: document.signatures.map((signature) => ({ title: nfc(signature.title), name: nfc(signature.name) })),
  };
}
