import PDFDocument from 'pdfkit';
import { daysBetween } from '../rules/common.js';
import { pct, pdfText, periode, rupiah, signed, tanggal, wib } from './pdf-format.js';
import { drawPhotoCell, MAX_PDF_PHOTOS, type PdfPhoto } from './photos-pdf.js';
import { type Doc, drawSCurve } from './s-curve-pdf.js';
import {
  escalationText,
  forecastText,
  kritisLabel,
  penaltyText,
  type StatusWeek,
  type WeeklyExport,
} from './weekly-export.service.js';

export interface WeeklyPdfInput extends WeeklyExport {
  photos: PdfPhoto[];
  /** All photos of the report (only the first six are printed). */
  photoTotal: number;
}

const MARGIN = 40;
const FOOTER_SPACE = 56;
const INK = '#111827';
const MUTED = '#4b5563';
const RULE = '#c7ccd6';
const RED = '#b91c1c';
const GREEN = '#047857';

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const pageBottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;
/** Starts a new page when fewer than `height` points are left on this one. */
function ensureSpace(doc: Doc, height: number) {
  if (doc.y + height > pageBottom(doc)) doc.addPage();
}

/**
 * The weekly report of week N as an A4 PDF in Indonesian: the contract's identity, the status box
 * (plan, actual, deviation, kontrak kritis with the rule's explanation and legal source, the
 * escalation step, the forecast finish and the late penalty), the S-curve drawn as vectors, the
 * table of weeks 1…N, up to six site photos, and on every page a footer with the page number, the
 * time of generation (WIB) and who generated it.
 */
export async function weeklyReportPdf(input: WeeklyPdfInput): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: FOOTER_SPACE },
    bufferPages: true,
    lang: 'id-ID',
    info: {
      Title: pdfText(`Laporan Mingguan Minggu ke-${input.week.week} - ${input.contract.packageName}`),
      Author: 'Sentra',
      Subject: pdfText(`Kontrak ${input.contract.contractNumber}`),
      CreationDate: input.generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  drawHeader(doc, input);
  drawStatusBox(doc, input);
  drawChart(doc, input);
  drawWeekTable(doc, input);
  drawPhotos(doc, input);
  drawFooters(doc, input);

  doc.end();
  return done;
}

function heading(doc: Doc, text: string, space = 40) {
  ensureSpace(doc, space);
  doc.moveDown(0.6);
  doc
    .font('Helvetica-Bold')
    .fontSize(11)
    .fillColor(INK)
    .text(pdfText(text), doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3);
}

function drawHeader(doc: Doc, input: WeeklyPdfInput) {
  const { contract: c, week, report } = input;
  const x = doc.page.margins.left;
  const width = contentWidth(doc);
  doc.font('Helvetica').fontSize(8).fillColor(MUTED);
  doc.text(pdfText(`Sentra · Pemantauan kontrak konstruksi · ${c.funding}`), x, doc.y, { width });
  doc.moveDown(0.4);
  doc.font('Helvetica-Bold').fontSize(15).fillColor(INK).text('LAPORAN MINGGUAN', { width });
  doc.font('Helvetica-Bold').fontSize(12).text(`Minggu ke-${week.week}`, { width });
  doc
    .font('Helvetica')
    .fontSize(10)
    .text(pdfText(`Periode ${periode(week.startDate, week.endDate)}`), { width });
  if (report.status !== 'approved') {
    doc.moveDown(0.2);
    doc
      .font('Helvetica-Bold')
      .fontSize(9)
      .fillColor(RED)
      .text('DRAF: laporan ini belum disetujui konsultan pengawas.', { width });
  }
  doc.moveDown(0.5);
  rule(doc);

  const extended = c.extendedEndDate !== c.endDate ? `, diperpanjang s.d. ${tanggal(c.extendedEndDate)}` : '';
  const days = daysBetween(c.spmkDate, c.extendedEndDate) + 1;
  const rows: [string, string][] = [
    ['Paket pekerjaan', c.packageName],
    ['Sumber dana', `${c.funding} (TA ${c.fiscalYear})`],
    ['Nomor kontrak', `${c.contractNumber}, tanggal ${tanggal(c.contractDate)}`],
    ['Penyedia (kontraktor)', c.contractor],
    ['Konsultan pengawas', c.supervisor ?? '–'],
    ['PPK', c.ppkName ?? '–'],
    ['Nilai kontrak', rupiah(Number(c.contractValueIdr))],
    [
      'Masa pelaksanaan',
      `SPMK ${tanggal(c.spmkDate)} s.d. ${tanggal(c.endDate)}${extended} (${days} hari kalender)`,
    ],
    [
      'Status laporan',
      report.status === 'approved'
        ? [
            'Disetujui pengawas',
            report.approvedByLabel,
            report.approvedAt && wib(new Date(report.approvedAt)),
          ]
            .filter(Boolean)
            .join(', ')
        : 'Draf, belum disetujui pengawas',
    ],
  ];
  if (report.notes) rows.push(['Catatan laporan', report.notes]);
  labelValueRows(doc, rows, 118, 9);
}

/** A stroked line, its width and colour set before the path. */
function hline(doc: Doc, from: [number, number], to: [number, number], color: string, width: number) {
  doc.lineWidth(width).strokeColor(color);
  doc.moveTo(from[0], from[1]).lineTo(to[0], to[1]).stroke();
}

function rule(doc: Doc) {
  const x = doc.page.margins.left;
  hline(doc, [x, doc.y], [x + contentWidth(doc), doc.y], RULE, 0.6);
  doc.moveDown(0.4);
}

/** Label: value rows, the value wrapping in its column. */
function labelValueRows(doc: Doc, rows: [string, string][], labelWidth: number, size: number, x0?: number) {
  const x = x0 ?? doc.page.margins.left;
  const valueWidth = contentWidth(doc) - (x - doc.page.margins.left) - labelWidth;
  for (const [label, value] of rows) {
    const text = pdfText(value);
    doc.font('Helvetica').fontSize(size);
    const h = Math.max(doc.heightOfString(text, { width: valueWidth }), size + 2);
    ensureSpace(doc, h + 2);
    const y = doc.y;
    doc
      .font('Helvetica-Bold')
      .fillColor(MUTED)
      .text(pdfText(label), x, y, { width: labelWidth - 6 });
    doc
      .font('Helvetica')
      .fillColor(INK)
      .text(text, x + labelWidth, y, { width: valueWidth });
    doc.y = Math.max(doc.y, y + h) + 2;
  }
  doc.x = doc.page.margins.left;
}

function drawStatusBox(doc: Doc, input: WeeklyPdfInput) {
  const { week, status } = input;
  const e = week.evaluation;
  const x = doc.page.margins.left;
  const width = contentWidth(doc);
  const pad = 8;
  const labelWidth = 112;
  const valueWidth = width - 2 * pad - labelWidth;
  const rows: [string, string][] = [
    [`Evaluasi (Periode ${e.period})`, e.explanation.id],
    ['Dasar hukum', e.legalSource],
    ['Langkah pengendalian', escalationText(status.escalation)],
    ['Prakiraan selesai', forecastText(status.forecast, { tanggal })],
    ['Denda keterlambatan', penaltyText(status.penalty, { rupiah })],
  ];
  const rowHeights = rows.map(([label, value]) => {
    const valueH = doc.font('Helvetica').fontSize(8).heightOfString(pdfText(value), { width: valueWidth });
    const labelH = doc
      .font('Helvetica-Bold')
      .fontSize(8)
      .heightOfString(pdfText(label), { width: labelWidth - 6 });
    return Math.max(valueH, labelH);
  });
  const barH = 22;
  const figuresH = 42;
  const boxH = barH + figuresH + rowHeights.reduce((s, h) => s + h + 4, 0) + pad + 14;
  doc.moveDown(0.6);
  ensureSpace(doc, boxH);
  const y0 = doc.y;
  const color = e.kritis ? RED : GREEN;

  doc.lineWidth(1).strokeColor(color).rect(x, y0, width, boxH).stroke();
  doc.fillColor(color).rect(x, y0, width, barH).fill();
  doc
    .font('Helvetica-Bold')
    .fontSize(11)
    .fillColor('#ffffff')
    .text(`STATUS MINGGU KE-${week.week}: ${kritisLabel(week)}`, x + pad, y0 + 6, {
      width: width - 2 * pad,
      lineBreak: false,
    });
  doc
    .font('Helvetica')
    .fontSize(8)
    .text(pdfText(`Dievaluasi per ${tanggal(status.asOf)}`), x + pad, y0 + 8, {
      width: width - 2 * pad,
      align: 'right',
      lineBreak: false,
    });

  const figures: [string, string][] = [
    ['Rencana kumulatif', `${pct(week.planCumPct)}%`],
    ['Realisasi kumulatif', `${pct(week.actualCumPct)}%`],
    ['Deviasi (realisasi - rencana)', `${signed(week.deviation)} poin`],
  ];
  const cellW = (width - 2 * pad) / figures.length;
  figures.forEach(([label, value], i) => {
    const cx = x + pad + i * cellW;
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(MUTED)
      .text(label, cx, y0 + barH + 6, { width: cellW - 6, lineBreak: false });
    doc
      .font('Helvetica-Bold')
      .fontSize(16)
      .fillColor(i === 2 && e.kritis ? RED : INK)
      .text(value, cx, y0 + barH + 18, { width: cellW - 6, lineBreak: false });
  });

  let y = y0 + barH + figuresH;
  hline(doc, [x + pad, y - 4], [x + width - pad, y - 4], RULE, 0.5);
  rows.forEach(([label, value], i) => {
    doc
      .font('Helvetica-Bold')
      .fontSize(8)
      .fillColor(MUTED)
      .text(pdfText(label), x + pad, y, { width: labelWidth - 6 });
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(INK)
      .text(pdfText(value), x + pad + labelWidth, y, { width: valueWidth });
    y += (rowHeights[i] ?? 0) + 4;
  });
  doc
    .font('Helvetica-Oblique')
    .fontSize(7)
    .fillColor(MUTED)
    .text(
      'Semua angka dihitung oleh Sentra dari laporan mingguan dan RAB, dengan aturan yang berlaku pada tanggal evaluasi.',
      x + pad,
      y + 2,
      { width: width - 2 * pad, lineBreak: false },
    );
  doc.x = x;
  doc.y = y0 + boxH;
}

function drawChart(doc: Doc, input: WeeklyPdfInput) {
  const height = 250;
  heading(doc, 'Kurva S', height + 30);
  const kritisWeeks = new Set(input.weeksUpTo.filter((w) => w.evaluation?.kritis).map((w) => w.week));
  drawSCurve(
    doc,
    { x: doc.page.margins.left, y: doc.y, width: contentWidth(doc), height },
    {
      upToWeek: input.week.week,
      weeks: input.status.weeks.map((w) => ({
        week: w.week,
        planCumPct: w.planCumPct,
        actualCumPct: w.week <= input.week.week ? w.actualCumPct : null,
        kritis: kritisWeeks.has(w.week),
      })),
    },
  );
  doc.x = doc.page.margins.left;
  doc.y += height;
}

const COLUMNS = [
  { title: 'Minggu', width: 38, align: 'center' },
  { title: 'Periode', width: 152, align: 'left' },
  { title: 'Rencana mingguan (%)', width: 62, align: 'right' },
  { title: 'Rencana kumulatif (%)', width: 62, align: 'right' },
  { title: 'Realisasi kumulatif (%)', width: 62, align: 'right' },
  { title: 'Deviasi (poin)', width: 56, align: 'right' },
  { title: 'Status', width: 83, align: 'center' },
] as const;

function weekCells(w: StatusWeek): string[] {
  return [
    String(w.week),
    periode(w.startDate, w.endDate),
    pct(w.planPct),
    pct(w.planCumPct),
    w.actualCumPct === null ? '–' : pct(w.actualCumPct),
    w.deviation === null ? '–' : signed(w.deviation),
    w.evaluation ? kritisLabel(w) : 'belum ada laporan',
  ];
}

function drawWeekTable(doc: Doc, input: WeeklyPdfInput) {
  heading(doc, `Rekapitulasi mingguan s.d. minggu ke-${input.week.week}`, 80);
  const x0 = doc.page.margins.left;
  const headerH = 24;
  const rowH = 14;
  const cellPad = 3;
  const drawHeaderRow = () => {
    const y = doc.y;
    doc.fillColor('#eef0f4').rect(x0, y, contentWidth(doc), headerH).fill();
    let x = x0;
    doc.font('Helvetica-Bold').fontSize(7.5).fillColor(INK);
    for (const col of COLUMNS) {
      doc.text(col.title, x + cellPad, y + 4, { width: col.width - 2 * cellPad, align: col.align });
      x += col.width;
    }
    doc.y = y + headerH;
  };
  drawHeaderRow();
  input.weeksUpTo.forEach((w, i) => {
    if (doc.y + rowH > pageBottom(doc)) {
      doc.addPage();
      drawHeaderRow();
    }
    const y = doc.y;
    const current = w.week === input.week.week;
    if (current) doc.fillColor('#fff4d6').rect(x0, y, contentWidth(doc), rowH).fill();
    else if (i % 2 === 1) doc.fillColor('#f7f8fa').rect(x0, y, contentWidth(doc), rowH).fill();
    let x = x0;
    weekCells(w).forEach((text, c) => {
      const col = COLUMNS[c];
      if (!col) return;
      const isStatus = c === COLUMNS.length - 1;
      doc
        .font(current || (isStatus && w.evaluation?.kritis) ? 'Helvetica-Bold' : 'Helvetica')
        .fontSize(7.5)
        .fillColor(isStatus && w.evaluation?.kritis ? RED : w.evaluation ? INK : MUTED)
        .text(pdfText(text), x + cellPad, y + 4, {
          width: col.width - 2 * cellPad,
          align: col.align,
          lineBreak: false,
        });
      x += col.width;
    });
    hline(doc, [x0, y + rowH], [x0 + contentWidth(doc), y + rowH], RULE, 0.3);
    doc.y = y + rowH;
  });
  doc.x = x0;
}

function drawPhotos(doc: Doc, input: WeeklyPdfInput) {
  const { photos, photoTotal } = input;
  const gap = 12;
  const imageH = 165;
  const cellH = imageH + 52;
  heading(doc, `Foto lapangan minggu ke-${input.week.week}`, photos.length ? cellH + 40 : 40);
  if (!photos.length) {
    doc
      .font('Helvetica')
      .fontSize(9)
      .fillColor(MUTED)
      .text('Tidak ada foto lapangan pada laporan minggu ini.', { width: contentWidth(doc) });
    return;
  }
  if (photoTotal > MAX_PDF_PHOTOS)
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(MUTED)
      .text(`Menampilkan ${MAX_PDF_PHOTOS} dari ${photoTotal} foto; semua foto asli tersimpan di Sentra.`, {
        width: contentWidth(doc),
      });
  const cellW = (contentWidth(doc) - gap) / 2;
  for (let i = 0; i < photos.length; i += 2) {
    ensureSpace(doc, cellH);
    const y = doc.y;
    for (const [j, p] of photos.slice(i, i + 2).entries()) {
      drawPhotoCell(
        doc,
        { x: doc.page.margins.left + j * (cellW + gap), y, width: cellW, height: cellH },
        p,
        imageH,
      );
    }
    doc.x = doc.page.margins.left;
    doc.y = y + cellH + 8;
  }
}

function drawFooters(doc: Doc, input: WeeklyPdfInput) {
  const range = doc.bufferedPageRange();
  const left = pdfText(`Dibuat ${wib(input.generatedAt)} oleh ${input.generatedBy} · Sentra`);
  const title = pdfText(`Laporan Mingguan Minggu ke-${input.week.week} · ${input.contract.contractNumber}`);
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would start a new page: lift the margin while writing.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const x = doc.page.margins.left;
    const width = contentWidth(doc);
    const y = doc.page.height - 40;
    hline(doc, [x, y - 6], [x + width, y - 6], RULE, 0.5);
    doc.font('Helvetica').fontSize(7.5).fillColor(MUTED);
    doc.text(left, x, y, { width: width - 90, lineBreak: false, ellipsis: true });
    doc.text(`Halaman ${i - range.start + 1} dari ${range.count}`, x + width - 90, y, {
      width: 90,
      align: 'right',
      lineBreak: false,
    });
    doc.text(title, x, y + 10, { width, lineBreak: false, ellipsis: true });
    doc.page.margins.bottom = bottom;
  }
}
