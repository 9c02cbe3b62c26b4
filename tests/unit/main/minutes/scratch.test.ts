import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import { minutesText } from '../../../../src/main/minutes/minutesText';
import { pdfFont } from '../../../../src/main/minutes/render/pdfFont';
import { extractDocxText } from '../../../../src/main/minutes/verify/extractDocxText';
import { extractPdfText } from '../../../../src/main/minutes/verify/extractPdfText';
import { compareWords } from '../../../../src/main/minutes/verify/compareWords';
import { handMadeMinutes } from '../../../helpers/handMadeMinutes';
test('x', async () => {
  const doc = handMadeMinutes({ tableRows: 60 });
  const d = extractDocxText(readFileSync('/tmp/m.docx'));
  console.log(compareWords(d, minutesText(doc)));
  const p = await extractPdfText(readFileSync('/tmp/m.pdf'));
  console.log(p.slice(0, 600));
  console.log(compareWords(p, pdfFont().shown(minutesText(doc))));
});
