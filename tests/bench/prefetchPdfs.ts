/**
 * Cheap large PDFs for the prefetch benchmark: one small page, plus a stream
 * of random bytes (incompressible, so every byte crosses the wire) that makes
 * the file the size asked for. Each file differs, so each has its own SHA-256.
 */
import { randomBytes } from 'node:crypto';

export function makePaddedPdf(totalBytes: number): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
  ];
  const content = '0.2 0.4 0.8 rg 60 600 200 120 re f';
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]?.byteLength ?? 0;
  const push = (part: Buffer) => {
    parts.push(part);
    length += part.byteLength;
  };
  objects.forEach((body, index) => {
    offsets.push(length);
    push(Buffer.from(`${index + 1} 0 obj\n${body}\nendobj\n`, 'latin1'));
  });
  offsets.push(length);
  push(Buffer.from(`4 0 obj\n<< /Length ${content.length} >>\nstream\n${content}\nendstream\nendobj\n`, 'latin1'));
  // The padding: a stream object no page uses, sized so the file comes out at totalBytes.
  const trailerRoom = 400;
  const paddingBytes = Math.max(0, totalBytes - length - trailerRoom);
  offsets.push(length);
  push(Buffer.from(`5 0 obj\n<< /Length ${paddingBytes} >>\nstream\n`, 'latin1'));
  push(randomBytes(paddingBytes));
  push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
  const xref = length;
  const rows = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  push(Buffer.from(`xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${rows}trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}
