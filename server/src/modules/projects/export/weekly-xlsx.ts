import ExcelJS from 'exceljs';
import { safeText } from '../../registry/reports/reports.xlsx.js';
import { rupiah, tanggal, wib } from './pdf-format.js';
import {
  escalationText,
  forecastText,
  kritisLabel,
  penaltyText,
  reportStatusLabel,
  type WeeklyExport,
} from './weekly-export.service.js';
import { addKeyValue, excelDate, styleHeader, XLSX_FORMATS } from './xlsx-format.js';

/**
 * The weekly report of week N as a workbook: "Kurva S" with one row per week 1…N (numbers as
 * numbers, dates as dates), and "Status" with the week's kontrak kritis evaluation, its rule and
 * legal source, the escalation step, the forecast and the late penalty. Same figures as the PDF.
 */
export async function weeklyReportWorkbook(input: WeeklyExport): Promise<Buffer> {
  const { contract: c, week, status } = input;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sentra';
  wb.created = input.generatedAt;

  const ws = wb.addWorksheet('Kurva S', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: 'Minggu ke', key: 'week', width: 9 },
    { header: 'Mulai', key: 'start', width: 18 },
    { header: 'Selesai', key: 'end', width: 18 },
    { header: 'Rencana mingguan (%)', key: 'planPct', width: 13 },
    { header: 'Rencana kumulatif (%)', key: 'planCumPct', width: 13 },
    { header: 'Realisasi kumulatif (%)', key: 'actualCumPct', width: 13 },
    { header: 'Deviasi (poin)', key: 'deviation', width: 11 },
    { header: 'Status laporan', key: 'reportStatus', width: 18 },
    { header: 'Kontrak kritis', key: 'kritis', width: 14 },
    { header: 'Periode evaluasi', key: 'period', width: 10 },
  ];
  styleHeader(ws.getRow(1));
  for (const w of input.weeksUpTo) {
    const row = ws.addRow({
      week: w.week,
      start: excelDate(w.startDate),
      end: excelDate(w.endDate),
      planPct: w.planPct,
      planCumPct: w.planCumPct,
      actualCumPct: w.actualCumPct,
      deviation: w.deviation,
      reportStatus: reportStatusLabel(w.reportStatus),
      kritis: kritisLabel(w),
      period: w.evaluation?.period ?? null,
    });
    if (w.evaluation?.kritis) row.getCell('kritis').font = { bold: true, color: { argb: 'FFB91C1C' } };
    if (w.week === week.week) row.font = { ...row.font, bold: true };
  }
  ws.getColumn('week').numFmt = XLSX_FORMATS.int;
  ws.getColumn('start').numFmt = XLSX_FORMATS.date;
  ws.getColumn('end').numFmt = XLSX_FORMATS.date;
  for (const key of ['planPct', 'planCumPct', 'actualCumPct']) ws.getColumn(key).numFmt = XLSX_FORMATS.pct;
  ws.getColumn('deviation').numFmt = XLSX_FORMATS.deviation;
  ws.autoFilter = { from: 'A1', to: 'J1' };

  const st = wb.addWorksheet('Status');
  st.columns = [
    { key: 'label', width: 30 },
    { key: 'value', width: 90 },
    { key: 'note', width: 40 },
  ];
  const title = st.addRow([`Laporan Mingguan Minggu ke-${week.week}`]);
  title.font = { bold: true, size: 13 };
  const e = week.evaluation;
  addKeyValue(st, 'Paket pekerjaan', safeText(c.packageName));
  addKeyValue(st, 'Sumber dana', safeText(`${c.funding} (TA ${c.fiscalYear})`));
  addKeyValue(st, 'Nomor kontrak', safeText(c.contractNumber));
  addKeyValue(st, 'Tanggal kontrak', excelDate(c.contractDate), XLSX_FORMATS.date);
  addKeyValue(st, 'Penyedia (kontraktor)', safeText(c.contractor));
  addKeyValue(st, 'Konsultan pengawas', safeText(c.supervisor ?? '–'));
  addKeyValue(st, 'PPK', safeText(c.ppkName ?? '–'));
  addKeyValue(
    st,
    'Nilai kontrak',
    Number(c.contractValueIdr),
    XLSX_FORMATS.rupiah,
    rupiah(Number(c.contractValueIdr)),
  );
  addKeyValue(st, 'Minggu ke', week.week, XLSX_FORMATS.int);
  addKeyValue(st, 'Mulai', excelDate(week.startDate), XLSX_FORMATS.date);
  addKeyValue(st, 'Selesai', excelDate(week.endDate), XLSX_FORMATS.date);
  addKeyValue(st, 'Status laporan', reportStatusLabel(week.reportStatus));
  addKeyValue(st, 'Rencana kumulatif (%)', week.planCumPct, XLSX_FORMATS.pct);
  addKeyValue(st, 'Realisasi kumulatif (%)', week.actualCumPct, XLSX_FORMATS.pct);
  addKeyValue(st, 'Deviasi (poin)', week.deviation, XLSX_FORMATS.deviation, 'realisasi − rencana');
  const verdict = addKeyValue(st, 'Kontrak kritis', kritisLabel(week));
  verdict.getCell(2).font = { bold: true, color: { argb: e.kritis ? 'FFB91C1C' : 'FF047857' } };
  addKeyValue(st, 'Periode evaluasi', `Periode ${e.period}`);
  addKeyValue(st, 'Ambang keterlambatan (poin)', e.thresholdPoints, XLSX_FORMATS.pct);
  addKeyValue(st, 'Aturan dan penjelasan', e.explanation.id);
  addKeyValue(st, 'Dasar hukum', e.legalSource);
  addKeyValue(st, 'Langkah pengendalian', escalationText(status.escalation));
  addKeyValue(
    st,
    'Prakiraan selesai',
    status.forecast.finishDate ? excelDate(status.forecast.finishDate) : 'belum dapat diperkirakan',
    status.forecast.finishDate ? XLSX_FORMATS.date : undefined,
  );
  addKeyValue(st, 'Dasar prakiraan', forecastText(status.forecast, { tanggal }));
  addKeyValue(st, 'Akhir kontrak (denda)', excelDate(status.penalty.endDate), XLSX_FORMATS.date);
  addKeyValue(st, 'Hari terlambat', status.penalty.daysLate, XLSX_FORMATS.int);
  addKeyValue(st, 'Denda keterlambatan', status.penalty.cappedIdr, XLSX_FORMATS.rupiah);
  addKeyValue(st, 'Perhitungan denda', penaltyText(status.penalty, { rupiah }));
  addKeyValue(st, 'Dasar hukum denda', status.penalty.legalSource);
  addKeyValue(st, 'Tanggal evaluasi', excelDate(status.asOf), XLSX_FORMATS.date, 'akhir minggu laporan');
  addKeyValue(st, 'Dibuat', `${wib(input.generatedAt)} oleh ${input.generatedBy}`);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
