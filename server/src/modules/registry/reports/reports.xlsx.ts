import ExcelJS from 'exceljs';
import type { Lang } from '../../../lib/lang.js';
import type { TCentreSummary, TSiinasReport } from './reports.schemas.js';

/**
 * A text cell that a spreadsheet would read as a formula (= + - @, or a leading tab/CR) gets a
 * leading apostrophe, so a business name like "=HYPERLINK(…)" stays text (formula injection).
 */
export function safeText(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const RUPIAH_FORMAT = '"Rp "#,##0';
const NUMBER_FORMAT = '#,##0.##';

function styleHeader(row: ExcelJS.Row) {
  row.font = { bold: true };
  row.alignment = { vertical: 'top', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF0F4' } };
    cell.border = { bottom: { style: 'thin' } };
  });
}

const T = {
  id: {
    siinasTitle: 'Laporan SIINas industri kecil',
    sheetRows: 'Laporan SIINas',
    sheetMissing: 'Belum terverifikasi',
    sheetNotes: 'Keterangan',
    centre: 'Sentra',
    allCentres: 'Semua sentra',
    period: 'Periode',
    generatedAt: 'Dibuat',
    source: 'Dasar',
    rowsNote: 'Hanya usaha dengan laporan semester berstatus terverifikasi.',
    missingNote: 'Usaha aktif yang belum punya laporan terverifikasi untuk periode ini.',
    no: 'No',
    nib: 'NIB',
    name: 'Nama usaha',
    kbli: 'KBLI',
    kelurahan: 'Kelurahan',
    kecamatan: 'Kecamatan',
    verifiedAt: 'Diverifikasi',
    status: 'Status laporan',
    statuses: { none: 'belum ada', draft: 'draf', submitted: 'terkirim, menunggu verifikasi' } as Record<
      string,
      string
    >,
    summaryTitle: 'Ringkasan sentra',
    sheetSummary: 'Ringkasan',
    sheetTrace: 'Jejak',
    asOf: 'Per tanggal',
    figure: 'Angka',
    value: 'Nilai',
    unit: 'Satuan',
    rule: 'Cara menghitung',
    sourceCol: 'Sumber',
    contributing: 'Usaha penyumbang',
    none: '(tidak ada usaha)',
  },
  en: {
    siinasTitle: 'SIINas report, small industry',
    sheetRows: 'SIINas report',
    sheetMissing: 'Not verified',
    sheetNotes: 'Notes',
    centre: 'Centre',
    allCentres: 'All centres',
    period: 'Period',
    generatedAt: 'Generated',
    source: 'Basis',
    rowsNote: 'Only businesses whose semester report is verified.',
    missingNote: 'Active businesses without a verified report for this period.',
    no: 'No',
    nib: 'NIB',
    name: 'Business name',
    kbli: 'KBLI',
    kelurahan: 'Village',
    kecamatan: 'District',
    verifiedAt: 'Verified',
    status: 'Report status',
    statuses: { none: 'none', draft: 'draft', submitted: 'submitted, awaiting verification' } as Record<
      string,
      string
    >,
    summaryTitle: 'Centre summary',
    sheetSummary: 'Summary',
    sheetTrace: 'Jejak',
    asOf: 'As of',
    figure: 'Figure',
    value: 'Value',
    unit: 'Unit',
    rule: 'How it is computed',
    sourceCol: 'Source',
    contributing: 'Contributing businesses',
    none: '(no business)',
  },
} as const;

const wib = (iso: string) =>
  new Intl.DateTimeFormat('id-ID', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Asia/Jakarta',
  }).format(new Date(iso));

/** The SIINas semester report as a workbook: verified rows, the businesses still missing, notes. */
export async function siinasWorkbook(report: TSiinasReport, lang: Lang): Promise<Buffer> {
  const t = T[lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sentra';
  wb.created = new Date(report.generatedAt);

  const ws = wb.addWorksheet(t.sheetRows, { views: [{ state: 'frozen', xSplit: 3, ySplit: 1 }] });
  const figureCols = report.columns.map((c) => ({
    header: c.unit ? `${c.label} (${c.unit})` : c.label,
    key: c.key,
    width: 18,
  }));
  ws.columns = [
    { header: t.no, key: 'no', width: 5 },
    { header: t.nib, key: 'nib', width: 16 },
    { header: t.name, key: 'name', width: 32 },
    { header: t.kbli, key: 'kbli', width: 10 },
    { header: t.kelurahan, key: 'kelurahan', width: 18 },
    { header: t.kecamatan, key: 'kecamatan', width: 16 },
    ...figureCols,
    { header: t.verifiedAt, key: 'verifiedAt', width: 20 },
  ];
  styleHeader(ws.getRow(1));
  report.rows.forEach((r, i) => {
    const row: Record<string, unknown> = {
      no: i + 1,
      nib: safeText(r.nib),
      name: safeText(r.name),
      kbli: r.kbliCodes.join(', '),
      kelurahan: safeText(r.kelurahan),
      kecamatan: safeText(r.kecamatan),
      verifiedAt: r.verifiedAt ? wib(r.verifiedAt) : '',
    };
    for (const c of report.columns) {
      const v = (r.figures as Record<string, unknown>)[c.key];
      row[c.key] = typeof v === 'string' ? safeText(v) : (v ?? null);
    }
    ws.addRow(row);
  });
  for (const c of report.columns) {
    const col = ws.getColumn(c.key);
    if (c.unit === 'Rp') col.numFmt = RUPIAH_FORMAT;
    else if (c.unit !== null) col.numFmt = NUMBER_FORMAT;
  }

  const missing = wb.addWorksheet(t.sheetMissing);
  missing.columns = [
    { header: t.no, key: 'no', width: 5 },
    { header: t.nib, key: 'nib', width: 16 },
    { header: t.name, key: 'name', width: 32 },
    { header: t.kelurahan, key: 'kelurahan', width: 18 },
    { header: t.status, key: 'status', width: 30 },
  ];
  styleHeader(missing.getRow(1));
  for (const [i, m] of report.missing.entries()) {
    missing.addRow({
      no: i + 1,
      nib: safeText(m.nib),
      name: safeText(m.name),
      kelurahan: safeText(m.kelurahan),
      status: t.statuses[m.status] ?? m.status,
    });
  }

  const notes = wb.addWorksheet(t.sheetNotes);
  notes.columns = [
    { key: 'k', width: 18 },
    { key: 'v', width: 90 },
  ];
  notes.addRows([
    [t.siinasTitle, ''],
    [t.centre, safeText(report.centre?.name ?? t.allCentres)],
    [t.period, report.period.label],
    [t.generatedAt, wib(report.generatedAt)],
    [t.source, report.source],
    [t.sheetRows, t.rowsNote],
    [t.sheetMissing, t.missingNote],
  ]);
  notes.getRow(1).font = { bold: true, size: 13 };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The centre summary as a workbook: the figures, and "Jejak" tracing each to its businesses. */
export async function summaryWorkbook(summary: TCentreSummary, lang: Lang): Promise<Buffer> {
  const t = T[lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sentra';
  wb.created = new Date(summary.generatedAt);
  const byId = new Map(summary.businesses.map((b) => [b.id, b]));

  const ws = wb.addWorksheet(t.sheetSummary);
  ws.columns = [
    { header: t.figure, key: 'label', width: 40 },
    { header: t.value, key: 'value', width: 20 },
    { header: t.unit, key: 'unit', width: 10 },
    { header: t.rule, key: 'rule', width: 80 },
    { header: t.sourceCol, key: 'source', width: 45 },
  ];
  styleHeader(ws.getRow(1));
  for (const f of summary.figures) {
    const row = ws.addRow({ label: f.label, value: f.value, unit: f.unit, rule: f.rule, source: f.source });
    row.getCell('value').numFmt = f.unit === 'rupiah' ? RUPIAH_FORMAT : '#,##0';
    row.alignment = { vertical: 'top', wrapText: true };
  }
  ws.addRow([]);
  ws.addRow([t.centre, safeText(summary.centre?.name ?? t.allCentres)]);
  ws.addRow([t.asOf, summary.asOf]);

  // One row per (figure, contributing business); a figure without any still gets its row.
  const trace = wb.addWorksheet(t.sheetTrace, { views: [{ state: 'frozen', ySplit: 1 }] });
  trace.columns = [
    { header: t.figure, key: 'label', width: 36 },
    { header: t.value, key: 'value', width: 16 },
    { header: t.rule, key: 'rule', width: 60 },
    { header: t.sourceCol, key: 'source', width: 40 },
    { header: t.name, key: 'name', width: 32 },
    { header: t.nib, key: 'nib', width: 16 },
  ];
  styleHeader(trace.getRow(1));
  for (const f of summary.figures) {
    const base = { label: f.label, value: f.value, rule: f.rule, source: f.source };
    if (!f.businessIds.length) trace.addRow({ ...base, name: t.none, nib: '' });
    for (const id of f.businessIds) {
      const b = byId.get(id);
      trace.addRow({ ...base, name: safeText(b?.name ?? id), nib: safeText(b?.nib ?? '') });
    }
  }
  trace.getColumn('value').numFmt = '#,##0';
  return Buffer.from(await wb.xlsx.writeBuffer());
}
