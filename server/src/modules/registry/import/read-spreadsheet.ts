import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../../lib/app-error.js';
import { columnForHeader, type ImportColumn, REQUIRED_COLUMNS } from './import-columns.js';
import { decodeCsv, detectDelimiter, parseCsvRows } from './read-csv.js';
import { checkWorkbookZip, detectFileKind, type FileKind } from './spreadsheet-file.js';
import { type FastSheet, readXlsxFast, TooManyRowsError } from './xlsx-reader.js';

/** A cell as the importer sees it: Excel's own types survive (numbers, dates), text is trimmed. */
export type Cell = string | number | boolean | Date | null;
/** One non-empty row; `rowNumber` is the number Excel shows (the header is usually row 1). */
export interface SheetRow {
  rowNumber: number;
  cells: Cell[];
}

export interface ImportTable {
  kind: FileKind;
  sheetName: string | null;
  headerRowNumber: number;
  /** Template columns found in the header, with their 0-based position in a row's cells. */
  columns: { index: number; column: ImportColumn }[];
  rows: SheetRow[];
}

export const MAX_DATA_ROWS = 20_000;
/** The header may sit below a title or a blank line or two, but not further down. */
const HEADER_SEARCH_ROWS = 10;
/**
 * On the exceljs path, worksheets above this (uncompressed XML, about 16,000 full template rows)
 * are first counted with its streaming reader, so a 100,000-row file is refused without loading
 * it whole. (The lean reader counts as it reads.)
 */
const PRECOUNT_ABOVE_BYTES = 16 * 1024 * 1024;

/**
 * Reads an upload into the rows under its template header, or refuses it with a clear reason.
 * `engine` is for tests: xlsx is read by the lean reader, with exceljs as the fallback.
 */
export async function readImportTable(
  bytes: Buffer,
  engine: 'auto' | 'exceljs' = 'auto',
): Promise<ImportTable> {
  const kind = detectFileKind(bytes);
  if (kind === 'csv') return readCsv(bytes);
  const { worksheetBytes } = checkWorkbookZip(bytes);
  if (engine === 'auto') {
    const sheets = await readXlsxFast(bytes, MAX_DATA_ROWS + HEADER_SEARCH_ROWS).catch((err: unknown) => {
      if (err instanceof TooManyRowsError) throw tooManyRows('lean reader');
      return null; // a construct the lean reader does not know: exceljs reads it
    });
    if (sheets) return fromFastSheets(sheets);
  }
  return readXlsx(bytes, worksheetBytes);
}

const tooManyRows = (detail: string) =>
  new AppError('IMPORT_TOO_MANY_ROWS', { limit: MAX_DATA_ROWS.toLocaleString('id-ID') }, detail);

function fromFastSheets(sheets: FastSheet[]): ImportTable {
  for (const sheet of sheets) {
    const table = locateHeader(sheet.rows);
    if (!table) continue;
    const h = table.headerRowNumber;
    const merged = sheet.merges.filter((range) => {
      const [top = 0, bottom = top] = range.split(':').map((a) => Number(/\d+$/.exec(a)?.[0] ?? 0));
      return top <= h && h <= bottom;
    });
    if (merged.length) throw new AppError('IMPORT_MERGED_HEADER', { cells: merged.join(', ') });
    return finish({ kind: 'xlsx', sheetName: sheet.name, ...table });
  }
  throw new AppError(sheets.some((s) => s.rows.length) ? 'IMPORT_NO_HEADER' : 'IMPORT_EMPTY');
}

function readCsv(bytes: Buffer): ImportTable {
  const text = decodeCsv(bytes);
  const rows = parseCsvRows(text, detectDelimiter(text.replace(/^\uFEFF/, '')));
  if (!rows.length) throw new AppError('IMPORT_EMPTY', {}, 'csv without rows');
  const table = locateHeader(rows);
  if (!table) throw new AppError('IMPORT_NO_HEADER');
  return finish({ kind: 'csv', sheetName: null, ...table });
}

async function readXlsx(bytes: Buffer, worksheetBytes: number): Promise<ImportTable> {
  if (worksheetBytes > PRECOUNT_ABOVE_BYTES) await refuseIfTooManyRows(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    throw new AppError('IMPORT_CORRUPT', {}, `exceljs: ${(err as Error).message}`);
  }
  let sawRows = false;
  for (const sheet of workbook.worksheets) {
    const rows = sheetRows(sheet);
    sawRows ||= rows.length > 0;
    const table = locateHeader(rows);
    if (!table) continue;
    refuseMergedHeader(sheet, table.headerRowNumber);
    return finish({ kind: 'xlsx', sheetName: sheet.name, ...table });
  }
  throw new AppError(sawRows ? 'IMPORT_NO_HEADER' : 'IMPORT_EMPTY');
}

function finish(table: ImportTable): ImportTable {
  if (table.rows.length > MAX_DATA_ROWS) throw tooManyRows(`${table.rows.length} rows`);
  if (!table.rows.length) throw new AppError('IMPORT_EMPTY', {}, 'header only');
  return table;
}

/** The header row: the first of the top rows naming at least three template columns. */
function locateHeader(rows: SheetRow[]): Omit<ImportTable, 'kind' | 'sheetName'> | null {
  for (const [i, row] of rows.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const columns: ImportTable['columns'] = [];
    const seen = new Set<string>();
    row.cells.forEach((cell, index) => {
      const column = columnForHeader(cell);
      // A header written twice (or a merged header echoing its text) counts once: the first wins.
      if (column && !seen.has(column.field)) {
        seen.add(column.field);
        columns.push({ index, column });
      }
    });
    if (columns.length < 3) continue;
    const missing = REQUIRED_COLUMNS.filter((c) => !seen.has(c.field));
    if (missing.length)
      throw new AppError('IMPORT_MISSING_COLUMNS', {
        columns: missing.map((c) => `"${c.header}"`).join(', '),
      });
    return { headerRowNumber: row.rowNumber, columns, rows: rows.slice(i + 1) };
  }
  return null;
}

function sheetRows(sheet: ExcelJS.Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // row.values is 1-based (index 0 is empty) and sparse.
    const values = row.values as ExcelJS.CellValue[];
    const cells: Cell[] = [];
    for (let c = 1; c < values.length; c++) cells.push(toCell(values[c]));
    if (cells.some((v) => v !== null)) rows.push({ rowNumber, cells });
  });
  return rows;
}

/** Excel's cell shapes (rich text, formulas, hyperlinks, errors) reduced to a plain value. */
export function toCell(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    const s = value.trim();
    return s === '' ? null : s;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return toCell(value.richText.map((r) => r.text).join(''));
  if ('formula' in value || 'sharedFormula' in value)
    return toCell((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('hyperlink' in value) return toCell((value as { text?: ExcelJS.CellValue }).text ?? value.hyperlink);
  if ('error' in value) return String(value.error);
  return null;
}

/** Merged cells in the header hide which column a header names: the user must unmerge them. */
function refuseMergedHeader(sheet: ExcelJS.Worksheet, headerRowNumber: number) {
  const row = sheet.getRow(headerRowNumber);
  const groups = new Map<string, string[]>();
  for (let c = 1; c <= sheet.columnCount; c++) {
    const cell = row.getCell(c);
    if (!cell.isMerged) continue;
    const master = cell.master.address;
    groups.set(master, [...(groups.get(master) ?? []), cell.address]);
  }
  if (!groups.size) return;
  const ranges = [...groups.values()].map((cells) =>
    cells.length > 1 ? `${cells[0]}:${cells.at(-1)}` : cells[0],
  );
  throw new AppError('IMPORT_MERGED_HEADER', { cells: ranges.join(', ') });
}

/** Counts non-empty rows sheet by sheet with the streaming reader and stops past the limit. */
async function refuseIfTooManyRows(bytes: Buffer) {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    sharedStrings: 'ignore',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  for await (const sheet of reader) {
    let rows = 0;
    for await (const _row of sheet as AsyncIterable<unknown>) {
      if (++rows > MAX_DATA_ROWS + HEADER_SEARCH_ROWS) throw tooManyRows('precount');
    }
  }
}
