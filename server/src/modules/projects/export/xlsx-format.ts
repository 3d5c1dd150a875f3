import type ExcelJS from 'exceljs';

/**
 * Number formats of the exported workbooks. Excel stores them with "." and ","; a spreadsheet set
 * to Indonesian shows 40,00 and 17.863.250.000. Dates carry the Indonesian locale tag [$-421], so
 * months read "Oktober" whatever the reader's language.
 */
export const XLSX_FORMATS = {
  pct: '#,##0.00',
  deviation: '+#,##0.00;-#,##0.00;0.00',
  rupiah: '"Rp "#,##0',
  date: '[$-421]d mmmm yyyy',
  int: '0',
} as const;

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** "2023-10-09" as a date cell value (midnight UTC, which Excel reads as that calendar day). */
export const excelDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function styleHeader(row: ExcelJS.Row) {
  row.font = { bold: true };
  row.alignment = { vertical: 'top', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF0F4' } };
    cell.border = { bottom: { style: 'thin' } };
  });
}

export type CellValue = string | number | Date | null;

/** A label / value row of a key-value sheet, the value formatted by its kind. */
export function addKeyValue(
  ws: ExcelJS.Worksheet,
  label: string,
  value: CellValue,
  format?: string,
  note?: string,
): ExcelJS.Row {
  const row = ws.addRow([label, value, note ?? null]);
  row.getCell(1).font = { bold: true };
  if (format) row.getCell(2).numFmt = format;
  row.alignment = { vertical: 'top', wrapText: true };
  return row;
}
