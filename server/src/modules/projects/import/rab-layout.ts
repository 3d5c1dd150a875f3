/**
 * Where the RAB table sits in a sheet: the header row (with the rows merged above or below it),
 * which column holds which field, and the week columns of the time schedule.
 *
 * Heuristics, in order:
 * - The header row is the first of the sheet's top 40 non-empty rows with an "Uraian" column and at
 *   least one other field (Volume, Satuan, Harga Satuan, Jumlah, Bobot) in its own cells; cells
 *   merged across columns count for every column they cover.
 * - The header block adds up to 2 rows above it and 3 rows below it: consecutive rows whose Uraian
 *   cells are empty (merged down from the header) and that hold no numbers under the fields (the
 *   month row above, the week row below, a "Harga (Rp)" group over "Satuan | Jumlah"). Each
 *   column's label is its texts in the block read top to bottom, merged cells repeated.
 * - Fields are matched on those labels (Harga Satuan before Jumlah before Satuan, so "Harga Satuan"
 *   is never taken for Satuan); the leftmost match wins. Uraian, Volume, Harga Satuan and Jumlah
 *   are required.
 * - Week columns are the run of columns right of the last field whose label is a week: "Minggu
 *   ke-1", "M-2", "Minggu 3", "Mg.4", "W5"; a bare number under a month, "Minggu", "Jadwal" or
 *   "Bulan" header; a roman I–VI (week of the month) under a month; a date; or bare numbers 1, 2,
 *   3… in order. The run ends at the first column that is none of these ("Keterangan").
 * - A column-number row right under the header ("(1) (2) (3) (6) = (3) x (5)") is skipped.
 */
import type { Bilingual } from '../../../lib/lang.js';
import { cellText, columnLetter, norm } from './rab-text.js';
import type { Cell, RabSheet } from './rab-workbook.js';

export type RabField = 'no' | 'uraian' | 'volume' | 'satuan' | 'hargaSatuan' | 'jumlah' | 'bobot';

/** The field names messages use ("Baris 14, kolom Volume (D)"). */
export const FIELD_LABEL: Record<RabField, string> = {
  no: 'No',
  uraian: 'Uraian Pekerjaan',
  volume: 'Volume',
  satuan: 'Satuan',
  hargaSatuan: 'Harga Satuan',
  jumlah: 'Jumlah Harga',
  bobot: 'Bobot',
};

export const REQUIRED_FIELDS: readonly RabField[] = ['uraian', 'volume', 'hargaSatuan', 'jumlah'];

/** Matched in this order; a column takes the first field whose pattern matches its label. */
const FIELD_PATTERNS: [RabField, RegExp][] = [
  ['hargaSatuan', /\bharga\b.*\bsat(uan)?\b|\bh\.? ?sat(uan)?\b|\bharsat\b|\bunit price\b/],
  ['bobot', /\bbobot\b|\bweight\b/],
  ['jumlah', /\bjumlah\b|\bjml\b|\btotal\b|\bamount\b/],
  ['satuan', /\bsat(uan)?\b|\bunit\b/],
  ['volume', /\bvol(ume)?\b|\bkuantitas\b|\bqty\b|\bquantity\b|\bbanyaknya\b/],
  ['uraian', /\buraian\b|\b(jenis|item|nama) pekerjaan\b|^pekerjaan$|\bdeskripsi\b|\bdescription\b/],
  ['no', /^(no|nomor|no urut|kode)$/],
];

export const HEADER_SEARCH_ROWS = 40;

export interface WeekColumn {
  index: number;
  week: number;
  /** The column's label as read, e.g. "Juli 2023 M-1". */
  label: string;
}

export interface RabLayout {
  /** Row numbers of the header block, top to bottom. */
  headerRows: number[];
  /** Index (in the sheet's rows) of the first row under the header block. */
  dataStart: number;
  columns: Partial<Record<RabField, number>>;
  /** Columns an item's name may sit in: from Uraian up to the next field (names are often indented). */
  nameSpan: [number, number];
  weeks: WeekColumn[];
  /** Week labels carry numbers that are not 1, 2, 3… in order; the columns are numbered in order instead. */
  weekNumberingIssue: Bilingual | null;
}

export interface HeaderMiss {
  rowNumber: number;
  found: RabField[];
}

interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function parseRef(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref.toUpperCase());
  if (!m) return { row: 0, col: -1 };
  let col = 0;
  for (const ch of m[1] as string) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col: col - 1 };
}

function parseMerges(ranges: string[]): Merge[] {
  return ranges.map((r) => {
    const [a = '', b = a] = r.split(':');
    const p = parseRef(a);
    const q = parseRef(b);
    return { top: p.row, left: p.col, bottom: q.row, right: q.col };
  });
}

/** Cell access by row number, with merged cells showing their master's value. */
export class SheetGrid {
  private readonly byRow = new Map<number, Cell[]>();
  private readonly merges: Merge[];
  constructor(readonly sheet: RabSheet) {
    for (const r of sheet.rows) this.byRow.set(r.rowNumber, r.cells);
    this.merges = parseMerges(sheet.merges);
  }
  own(row: number, col: number): Cell {
    return this.byRow.get(row)?.[col] ?? null;
  }
  /** The cell's value, or the value of the merged range it lies in. */
  shown(row: number, col: number): Cell {
    const v = this.own(row, col);
    if (v !== null) return v;
    const m = this.merges.find((g) => row >= g.top && row <= g.bottom && col >= g.left && col <= g.right);
    return m ? this.own(m.top, m.left) : null;
  }
  /** Widest column index used by the given rows (merges included). */
  width(rows: number[]): number {
    let w = 0;
    for (const r of rows) w = Math.max(w, this.byRow.get(r)?.length ?? 0);
    for (const m of this.merges)
      if (rows.some((r) => r >= m.top && r <= m.bottom)) w = Math.max(w, m.right + 1);
    return w;
  }
}

function headerPiece(cell: Cell): string {
  return norm(cellText(cell))
    .replace(/\((rp|%|rupiah)\)|\brp\.?$/g, '')
    .replace(/[.:]+$/, '')
    .replace(/\s*-\s*/g, '-')
    .trim();
}

function matchField(label: string): RabField | null {
  if (!label || label.length > 60) return null;
  for (const [field, re] of FIELD_PATTERNS) if (re.test(label)) return field;
  return null;
}

const EXPLICIT_WEEK = /^(?:minggu|mingg|mgg|mg|m|w|week|wk)\.?\s*(?:ke)?\s*[-.:]?\s*(\d{1,3})$/;
const WEEK_CONTEXT =
  /minggu|mgg|week|jadwal|waktu|bulan|month|pelaksanaan|schedule|\b(jan|feb|mar|apr|mei|may|jun|jul|agu|aug|ags|sep|okt|oct|nov|des|dec)/;
const WEEK_OF_MONTH = /^(i|ii|iii|iv|v|vi)$/;

type WeekKind = { strength: 'strong' | 'weak'; n: number | null } | null;

function classifyWeek(pieces: string[], bottomCell: Cell): WeekKind {
  const bottom = pieces.at(-1) ?? '';
  const above = pieces.slice(0, -1);
  if (bottomCell instanceof Date) return { strength: 'strong', n: null };
  for (const p of [...pieces].reverse()) {
    const m = EXPLICIT_WEEK.exec(p);
    if (m) return { strength: 'strong', n: Number(m[1]) };
  }
  if (/^\d{1,3}$/.test(bottom)) {
    const n = Number(bottom);
    if (n < 1) return null;
    return { strength: above.some((p) => WEEK_CONTEXT.test(p)) ? 'strong' : 'weak', n };
  }
  if (WEEK_OF_MONTH.test(bottom) && above.some((p) => WEEK_CONTEXT.test(p)))
    return { strength: 'strong', n: null };
  return null;
}

const NUMBER_TOKEN = String.raw`(?:\(\d{1,2}\)|\d{1,2}|\([a-z]\)|[a-z])`;
const NUMBERING = new RegExp(`^${NUMBER_TOKEN}(?:\\s*[=x×*+]\\s*${NUMBER_TOKEN})*$`, 'i');

/**
 * "(1)", "2", "(6) = (3) x (5)", "a": the column-number row under a header. It numbers the Uraian
 * column too, which tells it from a row of week numbers (whose Uraian cell is merged from above).
 */
function isNumberingRow(cells: Cell[], uraian: number): boolean {
  const texts = cells.map(cellText).filter((t) => t !== '');
  if (texts.length < 3 || !cellText(cells[uraian])) return false;
  return texts.every((t) => NUMBERING.test(t));
}

function singleRowFields(grid: SheetGrid, rowNumber: number, width: number): Map<RabField, number> {
  const found = new Map<RabField, number>();
  for (let c = 0; c < width; c++) {
    const f = matchField(headerPiece(grid.shown(rowNumber, c)));
    if (f && !found.has(f)) found.set(f, c);
  }
  return found;
}

/** Locates the table in a sheet, or says what the nearest candidate row lacked. */
export function locateLayout(sheet: RabSheet): { layout: RabLayout } | { miss: HeaderMiss | null } {
  const grid = new SheetGrid(sheet);
  const rows = sheet.rows;
  let best: HeaderMiss | null = null;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const row = rows[i];
    if (!row) continue;
    const width = grid.width([row.rowNumber]);
    const single = singleRowFields(grid, row.rowNumber, width);
    if (single.size > (best?.found.length ?? 0))
      best = { rowNumber: row.rowNumber, found: [...single.keys()] };
    const uraian = single.get('uraian');
    if (uraian === undefined || single.size < 2) continue;
    const layout = buildLayout(grid, rows, i, single, uraian);
    if (layout) return { layout };
    best = { rowNumber: row.rowNumber, found: [...new Set([...single.keys()])] };
  }
  return { miss: best };
}

function buildLayout(
  grid: SheetGrid,
  rows: RabSheet['rows'],
  i: number,
  single: Map<RabField, number>,
  uraian: number,
): RabLayout | null {
  const headerRow = rows[i]?.rowNumber as number;
  const singleCols = [...single.values()];
  const nextField = Math.min(...singleCols.filter((c) => c > uraian), Number.POSITIVE_INFINITY);
  const spanEnd = Number.isFinite(nextField) ? nextField - 1 : uraian;
  const numericCols = (['volume', 'hargaSatuan', 'jumlah', 'bobot'] as const)
    .map((f) => single.get(f))
    .filter((c): c is number => c !== undefined);
  const uraianEmpty = (rowNumber: number) => {
    for (let c = uraian; c <= spanEnd; c++) if (grid.own(rowNumber, c) !== null) return false;
    return true;
  };
  const noNumbers = (rowNumber: number) =>
    numericCols.every((c) => typeof grid.own(rowNumber, c) !== 'number');

  // Rows above: a month row over the week columns only.
  const block = [headerRow];
  const maxFieldCol = Math.max(...singleCols);
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    const r = rows[k];
    if (!r || r.rowNumber !== (block[0] as number) - 1) break;
    const used = r.cells.map((c, idx) => (c === null ? -1 : idx)).filter((idx) => idx >= 0);
    if (!used.length || used.some((idx) => idx <= maxFieldCol)) break;
    block.unshift(r.rowNumber);
  }
  // Rows below: week numbers, sub-headers.
  let next = i + 1;
  while (next < rows.length && next <= i + 3) {
    const r = rows[next];
    if (!r || r.rowNumber !== (block.at(-1) as number) + 1) break;
    if (!uraianEmpty(r.rowNumber) || !noNumbers(r.rowNumber) || isNumberingRow(r.cells, uraian)) break;
    block.push(r.rowNumber);
    next++;
  }
  const numberingRow = rows[next];
  if (numberingRow && isNumberingRow(numberingRow.cells, uraian)) next++;

  // Labels of every column, top to bottom.
  const width = grid.width(block);
  const pieces: string[][] = [];
  const bottomCells: Cell[] = [];
  for (let c = 0; c < width; c++) {
    const ps: string[] = [];
    let bottom: Cell = null;
    for (const r of block) {
      const v = grid.shown(r, c);
      const p = headerPiece(v);
      if (p && ps.at(-1) !== p) ps.push(p);
      if (v !== null) bottom = v;
    }
    pieces.push(ps);
    bottomCells.push(bottom);
  }
  const weekKinds = pieces.map((ps, c) => classifyWeek(ps, bottomCells[c] ?? null));

  const columns: Partial<Record<RabField, number>> = {};
  for (let c = 0; c < width; c++) {
    if (weekKinds[c]?.strength === 'strong') continue;
    const f = matchField((pieces[c] ?? []).join(' '));
    if (f && columns[f] === undefined) columns[f] = c;
  }
  if (REQUIRED_FIELDS.some((f) => columns[f] === undefined)) return null;

  const fieldCols = Object.values(columns) as number[];
  const lastFixed = Math.max(...fieldCols);
  const uraianCol = columns.uraian as number;
  const after = fieldCols.filter((c) => c > uraianCol);
  const nameSpan: [number, number] = [uraianCol, after.length ? Math.min(...after) - 1 : uraianCol];

  // The week run.
  const run: { index: number; n: number | null; label: string; strength: 'strong' | 'weak' }[] = [];
  for (let c = lastFixed + 1; c < width; c++) {
    const kind = weekKinds[c];
    if (!kind) {
      if (run.length) break;
      continue;
    }
    run.push({ index: c, n: kind.n, label: (pieces[c] ?? []).join(' '), strength: kind.strength });
  }
  // Bare numbers with no header above them count only as 1, 2, 3… in order.
  const weeksOk = run.every((w, k) => w.strength === 'strong' || w.n === k + 1);
  const weekRun = weeksOk
    ? run
    : run.slice(
        0,
        run.findIndex((w, k) => w.strength === 'weak' && w.n !== k + 1),
      );

  let weekNumberingIssue: Bilingual | null = null;
  const numbered = weekRun.filter((w) => w.n !== null);
  if (numbered.length && weekRun.some((w, k) => w.n !== null && w.n !== k + 1)) {
    const sample = weekRun
      .slice(0, 6)
      .map((w) => w.label)
      .join(', ');
    weekNumberingIssue = {
      id: `nomor minggu di judul kolom ${columnLetter(weekRun[0]?.index ?? 0)}–${columnLetter(weekRun.at(-1)?.index ?? 0)} tidak berurutan 1, 2, 3… (${sample}…); kolom minggu dinomori berurutan dari kiri.`,
      en: `the week numbers in the headers of columns ${columnLetter(weekRun[0]?.index ?? 0)}–${columnLetter(weekRun.at(-1)?.index ?? 0)} do not run 1, 2, 3… (${sample}…); the week columns are numbered in order from the left.`,
    };
  }
  return {
    headerRows: block,
    dataStart: next,
    columns,
    nameSpan,
    weeks: weekRun.map((w, k) => ({ index: w.index, week: k + 1, label: w.label })),
    weekNumberingIssue,
  };
}
