// Generates the demo session's sample PDFs (resources/demo/documents) with pdf-lib,
// in Vietnamese, with Noto Sans embedded (subset), so they render the same everywhere.
// Run: node scripts/generate-demo-documents.mjs   (needs Debian's fonts-noto-core)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';

const FONT_DIR = '/usr/share/fonts/truetype/noto';
const OUT = 'resources/demo/documents';
const COUNCIL = 'HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÒA AN';
const FIXED_DATE = new Date('2026-11-30T08:00:00Z');

let regularBytes;
let boldBytes;
try {
  regularBytes = readFileSync(join(FONT_DIR, 'NotoSans-Regular.ttf'));
  boldBytes = readFileSync(join(FONT_DIR, 'NotoSans-Bold.ttf'));
} catch {
  console.error(`Noto Sans is missing from ${FONT_DIR}. Install it with: apt-get install fonts-noto-core`);
  process.exit(1);
}

const paragraphs = [
  'Năm 2026, trong bối cảnh tình hình kinh tế thế giới tiếp tục diễn biến phức tạp, thành phố đã tập trung lãnh đạo, chỉ đạo quyết liệt, đồng bộ các giải pháp, tháo gỡ khó khăn cho sản xuất, kinh doanh, thúc đẩy tăng trưởng gắn với bảo đảm an sinh xã hội.',
  'Tổng sản phẩm trên địa bàn (GRDP) ước tăng 8,12% so với năm 2025, cao hơn mức bình quân chung của vùng; cơ cấu kinh tế tiếp tục chuyển dịch theo hướng tăng tỷ trọng dịch vụ và công nghiệp chế biến, chế tạo.',
  'Thu ngân sách nhà nước trên địa bàn ước đạt 11.842 tỷ đồng, bằng 106,3% dự toán Hội đồng nhân dân thành phố giao; chi ngân sách địa phương bảo đảm đúng dự toán, ưu tiên cho đầu tư phát triển và các nhiệm vụ an sinh xã hội.',
  'Công tác giải phóng mặt bằng các dự án trọng điểm còn chậm so với kế hoạch, nhất là dự án đường vành đai phía Tây và khu tái định cư phường Hòa Bình; một số dự án phải điều chỉnh tiến độ do vướng mắc về thủ tục đất đai.',
  'Lĩnh vực giáo dục, y tế có nhiều chuyển biến tích cực: tỷ lệ trường đạt chuẩn quốc gia đạt 78,4%; tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,6%; chuyển đổi số trong khám, chữa bệnh được triển khai tại tất cả các bệnh viện công lập.',
  'Ủy ban nhân dân thành phố đề nghị Hội đồng nhân dân thành phố xem xét, thông qua các chỉ tiêu chủ yếu năm 2027, trong đó tốc độ tăng trưởng GRDP từ 8,5% trở lên, thu nhập bình quân đầu người đạt 142 triệu đồng.',
  'Ban Kinh tế – Ngân sách cơ bản thống nhất với báo cáo của Ủy ban nhân dân thành phố, đồng thời đề nghị làm rõ nguyên nhân chậm giải ngân vốn đầu tư công và có giải pháp cụ thể, khả thi để hoàn thành kế hoạch năm 2027.',
  'Đề nghị Ủy ban nhân dân thành phố chỉ đạo rà soát, sắp xếp thứ tự ưu tiên các dự án, tập trung vốn cho các công trình chuyển tiếp, có khả năng hoàn thành trong năm, tránh dàn trải, lãng phí.',
];

const budgetRows = [
  ['Nội dung', 'Dự toán 2026', 'Ước thực hiện 2026', 'Dự toán 2027'],
  ['Tổng thu NSNN trên địa bàn', '11.140', '11.842', '12.650'],
  ['  – Thu nội địa', '9.870', '10.512', '11.230'],
  ['  – Thu từ hoạt động xuất nhập khẩu', '1.270', '1.330', '1.420'],
  ['Tổng chi ngân sách địa phương', '9.415', '9.388', '10.120'],
  ['  – Chi đầu tư phát triển', '3.960', '3.874', '4.350'],
  ['  – Chi thường xuyên', '5.160', '5.229', '5.440'],
  ['  – Dự phòng ngân sách', '295', '285', '330'],
];

const documents = [
  { file: 'chuong-trinh-ky-hop.pdf', kind: 'CHƯƠNG TRÌNH', number: '', title: 'Chương trình Kỳ họp thứ Ba, Hội đồng nhân dân thành phố khóa XIII', pages: 3 },
  { file: 'bao-cao-kinh-te-xa-hoi-2026.pdf', kind: 'BÁO CÁO', number: 'Số: 412/BC-UBND', title: 'Tình hình kinh tế – xã hội năm 2026; phương hướng, nhiệm vụ năm 2027', pages: 24 },
  { file: 'to-trinh-du-toan-ngan-sach-2027.pdf', kind: 'TỜ TRÌNH', number: 'Số: 415/TTr-UBND', title: 'Về dự toán thu ngân sách nhà nước trên địa bàn, thu, chi ngân sách địa phương năm 2027', pages: 6, table: true },
  { file: 'du-thao-nghi-quyet-du-toan-2027.pdf', kind: 'DỰ THẢO NGHỊ QUYẾT', number: 'Số:      /NQ-HĐND', title: 'Về dự toán ngân sách địa phương và phân bổ ngân sách thành phố năm 2027', pages: 5, table: true },
  { file: 'bao-cao-tham-tra-ban-kinh-te-ngan-sach.pdf', kind: 'BÁO CÁO THẨM TRA', number: 'Số: 88/BC-HĐND', title: 'Thẩm tra các báo cáo, tờ trình và dự thảo nghị quyết trình Kỳ họp thứ Ba', pages: 12 },
  { file: 'nhom-van-de-chat-van.pdf', kind: 'THÔNG BÁO', number: 'Số: 17/TB-HĐND', title: 'Nhóm vấn đề chất vấn và trả lời chất vấn tại Kỳ họp thứ Ba', pages: 3 },
  { file: 'du-thao-nghi-quyet-dau-tu-cong-2027.pdf', kind: 'DỰ THẢO NGHỊ QUYẾT', number: 'Số:      /NQ-HĐND', title: 'Về kế hoạch đầu tư công năm 2027 của thành phố Hòa An', pages: 40, table: true },
  { file: 'du-thao-nghi-quyet-giam-sat-2027.pdf', kind: 'DỰ THẢO NGHỊ QUYẾT', number: 'Số:      /NQ-HĐND', title: 'Về chương trình giám sát của Hội đồng nhân dân thành phố năm 2027', pages: 4 },
];

function wrap(text, font, size, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) > width && line) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

async function makeDocument(spec) {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const regular = await pdf.embedFont(regularBytes, { subset: true });
  const bold = await pdf.embedFont(boldBytes, { subset: true });
  pdf.setTitle(spec.title);
  pdf.setAuthor(COUNCIL);
  pdf.setProducer('Chamber demo generator');
  pdf.setCreator('Chamber');
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  const [W, H] = [595.28, 841.89];
  const margin = 64;
  const ink = rgb(0.1, 0.1, 0.12);
  for (let n = 1; n <= spec.pages; n += 1) {
    const page = pdf.addPage([W, H]);
    let y = H - margin;
    const center = (text, font, size) => {
      page.drawText(text, { x: (W - font.widthOfTextAtSize(text, size)) / 2, y, size, font, color: ink });
      y -= size * 1.5;
    };
    if (n === 1) {
      page.drawText(COUNCIL, { x: margin, y, size: 10, font: bold, color: ink });
      const nation = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
      page.drawText(nation, { x: W - margin - bold.widthOfTextAtSize(nation, 10), y, size: 10, font: bold, color: ink });
      y -= 15;
      const motto = 'Độc lập – Tự do – Hạnh phúc';
      page.drawText(motto, { x: W - margin - bold.widthOfTextAtSize(motto, 10) - 20, y, size: 10, font: bold, color: ink });
      if (spec.number) page.drawText(spec.number, { x: margin + 20, y, size: 10, font: regular, color: ink });
      y -= 14;
      page.drawText('Hòa An, ngày 30 tháng 11 năm 2026', { x: W - margin - 190, y, size: 10, font: regular, color: ink });
      y -= 50;
      center(spec.kind, bold, 16);
      for (const line of wrap(spec.title, bold, 13, W - 2 * margin - 40)) center(line, bold, 13);
      y -= 16;
    } else {
      page.drawText(spec.title, { x: margin, y, size: 8, font: regular, color: rgb(0.45, 0.45, 0.5) });
      y -= 30;
    }
    const section = `${romanOf(n)}. ${n === 1 ? 'CĂN CỨ VÀ SỰ CẦN THIẾT' : `NỘI DUNG PHẦN ${n}`}`;
    page.drawText(section, { x: margin, y, size: 12, font: bold, color: ink });
    y -= 24;
    if (spec.table && n % 3 === 2) y = drawTable(page, regular, bold, margin, y, W - 2 * margin, ink);
    let index = (n * 3) % paragraphs.length;
    while (y > margin + 60) {
      const lines = wrap(paragraphs[index % paragraphs.length], regular, 11.5, W - 2 * margin);
      if (y - lines.length * 17 < margin + 50) break;
      for (const [i, line] of lines.entries()) {
        page.drawText(line, { x: margin + (i === 0 ? 18 : 0), y, size: 11.5, font: regular, color: ink });
        y -= 17;
      }
      y -= 8;
      index += 1;
    }
    const footer = `Trang ${n}/${spec.pages}`;
    page.drawText(footer, { x: (W - regular.widthOfTextAtSize(footer, 10)) / 2, y: 36, size: 10, font: regular, color: ink });
  }
  return pdf.save({ useObjectStreams: true });
}

function drawTable(page, regular, bold, x, y, width, ink) {
  page.drawText('Đơn vị: tỷ đồng', { x: x + width - 80, y, size: 9, font: regular, color: ink });
  y -= 16;
  const widths = [width * 0.4, width * 0.2, width * 0.2, width * 0.2];
  for (const [r, row] of budgetRows.entries()) {
    let cx = x;
    const fill = r === 0 ? rgb(0.93, 0.91, 0.87) : undefined;
    page.drawRectangle({ x, y: y - 6, width, height: 20, borderColor: rgb(0.6, 0.6, 0.6), borderWidth: 0.5, color: fill });
    for (const [c, cell] of row.entries()) {
      const font = r === 0 || !cell.startsWith(' ') && c === 0 ? bold : regular;
      const w = widths[c];
      const size = r === 0 ? 8.5 : 9.5;
      const tx = c === 0 ? cx + 6 : cx + w - font.widthOfTextAtSize(cell, size) - 6;
      page.drawText(cell, { x: tx, y, size, font, color: ink });
      cx += w;
    }
    y -= 20;
  }
  return y - 14;
}

function romanOf(n) {
  const numerals = [[40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, glyph] of numerals) while (n >= value) { out += glyph; n -= value; }
  return out;
}

mkdirSync(OUT, { recursive: true });
for (const spec of documents) {
  const bytes = await makeDocument(spec);
  writeFileSync(join(OUT, spec.file), bytes);
  console.log(`${spec.file}: ${spec.pages} pages, ${(bytes.byteLength / 1024).toFixed(0)} KiB`);
}
