import ExcelJS from 'exceljs';
import { safeText } from '../../registry/reports/reports.xlsx.js';
import type { TContract, TProjectStatus } from '../projects.schemas.js';
import { wib } from './pdf-format.js';
import { excelDate, styleHeader, XLSX_FORMATS } from './xlsx-format.js';

export interface DakSummaryInput {
  contract: TContract;
  status: TProjectStatus;
  generatedAt: Date;
  generatedBy: string;
}

const TAHAP3_ITEMS: Record<string, string> = {
  absorption: 'Penyerapan dana yang diterima di RKUD (LRPD-CO)',
  output: 'Capaian output fisik (LRPD-CO)',
  photos: 'Foto capaian output',
  reviu_report: 'Laporan Hasil Reviu inspektorat daerah (APIP)',
};

const yesNo = (met: boolean) => (met ? 'Ya' : 'Tidak');
const metText = (met: boolean) => (met ? 'Terpenuhi' : 'Belum terpenuhi');

function sectionTitle(ws: ExcelJS.Worksheet, text: string) {
  ws.addRow([]);
  const row = ws.addRow([text]);
  row.font = { bold: true, size: 12 };
}

/**
 * The DAK Fisik summary in the shape of the LRPD-CO (Laporan Realisasi Penyerapan Dana dan
 * Capaian Output): allocation, contract value, funds received per tranche, absorption with the
 * list of SP2D payments, the physical output, and the tahap II and tahap III readiness with each
 * condition met or not, its explanation and legal source. Totals and percentages are those of
 * `projectStatus`; the lists are the records they are computed from.
 */
export async function dakSummaryWorkbook(input: DakSummaryInput): Promise<Buffer> {
  const { contract: c, status } = input;
  const { lrpdCo, tahap2, tahap3 } = status.dak;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sentra';
  wb.created = input.generatedAt;

  const ws = wb.addWorksheet('LRPD-CO');
  ws.columns = [
    { key: 'a', width: 8 },
    { key: 'b', width: 42 },
    { key: 'c', width: 24 },
    { key: 'd', width: 22 },
    { key: 'e', width: 24 },
    { key: 'f', width: 60 },
  ];
  ws.addRow(['Laporan Realisasi Penyerapan Dana dan Capaian Output (LRPD-CO) DAK Fisik']).font = {
    bold: true,
    size: 13,
  };
  const info: [string, ExcelJS.CellValue, string?][] = [
    ['Paket pekerjaan', safeText(c.packageName)],
    ['Sumber dana', safeText(c.funding)],
    ['Tahun anggaran', c.fiscalYear, XLSX_FORMATS.int],
    ['Nomor kontrak', safeText(c.contractNumber)],
    ['Penyedia', safeText(c.contractor)],
    ['Per tanggal', excelDate(status.asOf), XLSX_FORMATS.date],
    ['Dibuat', `${wib(input.generatedAt)} oleh ${input.generatedBy}`],
  ];
  for (const [label, value, fmt] of info) {
    const row = ws.addRow([null, label, value]);
    row.getCell(2).font = { bold: true };
    if (fmt) row.getCell(3).numFmt = fmt;
  }

  sectionTitle(ws, 'A. Realisasi penyerapan dana dan capaian output');
  styleHeader(ws.addRow(['No', 'Uraian', 'Nilai', 'Satuan', null, 'Keterangan']));
  const figureRows: [string, number | null, string, string, string?][] = [
    ['Pagu alokasi DAK', lrpdCo.allocationIdr, 'Rp', XLSX_FORMATS.rupiah],
    ['Nilai kontrak (Nilai Daftar Kontrak)', lrpdCo.contractValueIdr, 'Rp', XLSX_FORMATS.rupiah],
    [
      'Dana diterima di RKUD',
      lrpdCo.fundsReceivedIdr,
      'Rp',
      XLSX_FORMATS.rupiah,
      'Rincian per tahap: bagian B',
    ],
    [
      'Dana terserap (pembayaran SP2D)',
      lrpdCo.fundsAbsorbedIdr,
      'Rp',
      XLSX_FORMATS.rupiah,
      'Rincian SP2D: bagian C',
    ],
    [
      'Penyerapan terhadap dana diterima',
      lrpdCo.absorptionPct,
      '%',
      XLSX_FORMATS.pct,
      lrpdCo.absorptionPct === null ? 'Belum ada dana diterima' : undefined,
    ],
    ['Capaian output fisik (realisasi kumulatif)', lrpdCo.physicalOutputPct, '%', XLSX_FORMATS.pct],
  ];
  figureRows.forEach(([label, value, unit, fmt, note], i) => {
    const row = ws.addRow([i + 1, label, value ?? '–', unit, null, note ?? null]);
    if (value !== null) row.getCell(3).numFmt = fmt;
  });
  const explain = ws.addRow([null, 'Penjelasan', lrpdCo.explanation.id]);
  ws.mergeCells(explain.number, 3, explain.number, 6);
  explain.alignment = { vertical: 'top', wrapText: true };
  explain.height = 45;

  sectionTitle(ws, 'B. Dana DAK diterima di RKUD per tahap');
  styleHeader(ws.addRow(['No', 'Tahap', 'Tanggal diterima', 'Jumlah (Rp)']));
  const transfers = [...c.dakTransfers].sort(
    (a, b) => a.tranche - b.tranche || a.receivedOn.localeCompare(b.receivedOn),
  );
  transfers.forEach((t, i) => {
    const row = ws.addRow([
      i + 1,
      `Tahap ${['I', 'II', 'III'][t.tranche - 1] ?? t.tranche}`,
      excelDate(t.receivedOn),
      Number(t.amountIdr),
    ]);
    row.getCell(3).numFmt = XLSX_FORMATS.date;
    row.getCell(4).numFmt = XLSX_FORMATS.rupiah;
  });
  if (!transfers.length) ws.addRow([null, 'Belum ada dana diterima']);
  const received = ws.addRow([null, 'Jumlah dana diterima', null, lrpdCo.fundsReceivedIdr]);
  received.font = { bold: true };
  received.getCell(4).numFmt = XLSX_FORMATS.rupiah;

  sectionTitle(ws, 'C. Penyerapan: daftar pembayaran (SP2D)');
  styleHeader(ws.addRow(['No', 'Termin', 'Nomor SP2D', 'Tanggal SP2D', 'Jumlah (Rp)']));
  const paid = [...c.payments].sort((a, b) => a.paidOn.localeCompare(b.paidOn));
  paid.forEach((p, i) => {
    const row = ws.addRow([
      i + 1,
      safeText(p.term),
      safeText(p.sp2dNumber),
      excelDate(p.paidOn),
      Number(p.amountIdr),
    ]);
    row.getCell(4).numFmt = XLSX_FORMATS.date;
    row.getCell(5).numFmt = XLSX_FORMATS.rupiah;
  });
  if (!paid.length) ws.addRow([null, 'Belum ada pembayaran']);
  const absorbed = ws.addRow([null, 'Jumlah dana terserap', null, null, lrpdCo.fundsAbsorbedIdr]);
  absorbed.font = { bold: true };
  absorbed.getCell(5).numFmt = XLSX_FORMATS.rupiah;

  const rd = wb.addWorksheet('Kesiapan tahap', { views: [{ state: 'frozen', ySplit: 1 }] });
  rd.columns = [
    { header: 'Tahap', key: 'tahap', width: 10 },
    { header: 'Syarat', key: 'item', width: 42 },
    { header: 'Terpenuhi', key: 'met', width: 16 },
    { header: 'Angka', key: 'figure', width: 20 },
    { header: 'Penjelasan', key: 'explanation', width: 80 },
    { header: 'Dasar hukum', key: 'source', width: 60 },
  ];
  styleHeader(rd.getRow(1));
  const ndk = rd.addRow({
    tahap: 'Tahap II',
    item: 'Nilai Daftar Kontrak (NDK) terhadap pagu (% pagu)',
    met: metText(tahap2.eligible),
    figure: tahap2.ndkPct,
    explanation: tahap2.explanation.id,
    source: tahap2.legalSource,
  });
  ndk.getCell('figure').numFmt = XLSX_FORMATS.pct;
  const amount = rd.addRow({
    tahap: 'Tahap II',
    item: 'Dapat disalurkan (Rp)',
    met: yesNo(tahap2.eligible),
    figure: tahap2.amountIdr,
    explanation: tahap2.eligible
      ? 'Jumlah tahap II menurut aturan di atas.'
      : 'Belum memenuhi syarat tahap II.',
    source: tahap2.legalSource,
  });
  amount.getCell('figure').numFmt = XLSX_FORMATS.rupiah;
  for (const i of tahap3.items) {
    rd.addRow({
      tahap: 'Tahap III',
      item: TAHAP3_ITEMS[i.item] ?? i.item,
      met: metText(i.met),
      figure: null,
      explanation: i.explanation.id,
      source: i.legalSource ?? '',
    });
  }
  const ready = rd.addRow({
    tahap: 'Tahap III',
    item: 'Siap diajukan (semua syarat yang diperiksa)',
    met: yesNo(tahap3.ready),
    figure: null,
    explanation: `${tahap3.explanation.id} Dokumen tahap III lain (Laporan Nilai Rencana Penyelesaian Kegiatan, rekap SP2D, laporan sisa DAK) tidak diperiksa Sentra.`,
    source: '',
  });
  ready.font = { bold: true };
  rd.eachRow((row, n) => {
    if (n === 1) return;
    row.alignment = { vertical: 'top', wrapText: true };
    const met = row.getCell('met');
    const ok = met.value === 'Ya' || met.value === 'Terpenuhi';
    met.font = { bold: true, color: { argb: ok ? 'FF047857' : 'FFB91C1C' } };
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
