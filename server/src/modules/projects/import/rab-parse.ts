/**
 * Reads a RAB (bill of quantities) with its time schedule (kurva S) from an Excel workbook in the
 * layout Indonesian contractors and consultants hand over, for the construction-monitoring module.
 *
 * One sheet: a title block (nama paket, lokasi, tahun anggaran…), a header (often two rows with
 * merged cells, see rab-layout.ts), then division rows ("I PEKERJAAN PERSIAPAN", "A Elektrikal"),
 * item rows (a number, Volume, Satuan, Harga Satuan, Jumlah, Bobot, one cell per week), division
 * sub-totals ("JUMLAH I", "Sub Total"), the totals (JUMLAH, PPN 11 %, TOTAL, DIBULATKAN,
 * Terbilang) and the plan rows (Rencana Mingguan / Kumulatif), which are read only to cross-check.
 *
 * Week cells hold either a share of the contract (they add up to the item's bobot) or a share of
 * the item (they add up to 100), as percentages or as fractions (Excel's % format); which one is
 * decided for the whole file by counting which reading the items fit, and said in `weekUnitNote`.
 * Every item's shares come out as % of the item, summing to 100.
 *
 * A file that cannot be read as a RAB throws RabFileError. A bad row never throws: its problem is
 * collected (Indonesian first, naming the row and column) and the reading goes on.
 */
import type { Bilingual } from '../../../lib/lang.js';
import {
  FIELD_LABEL,
  HEADER_SEARCH_ROWS,
  type HeaderMiss,
  locateLayout,
  type RabField,
  type RabLayout,
  REQUIRED_FIELDS,
  type WeekColumn,
} from './rab-layout.js';
import {
  both,
  cellText,
  classifyLabel,
  columnLetter,
  describeRead,
  divisionCode,
  isCodeToken,
  type LabelClass,
  type NumberField,
  type NumberRead,
  norm,
  num,
  readNumber,
  rp,
  toRoman,
} from './rab-text.js';
import { type Cell, RabFileError, type RabSheet, readRabWorkbook, tooManyRows } from './rab-workbook.js';

export type { RabField } from './rab-layout.js';
export { RabFileError, type RabFileErrorCode } from './rab-workbook.js';

export interface ParsedRabItem {
  /** The row number Excel shows. */
  row: number;
  /** Code of the top-level division ("II"), '' for an item above every division. */
  division: string;
  code: string;
  name: string;
  volume: number;
  unit: string;
  unitPrice: number;
  /** Jumlah as written (or Volume × Harga Satuan when the cell is empty). */
  total: number;
  /** Bobot, % of the contract: the Bobot column when present, else total ÷ Σ totals × 100. */
  weightPct: number;
  /** Week → % of the item; sums to 100 (empty when the row has no week shares). */
  weekShares: Record<number, number>;
}

export interface RabProblem {
  row: number | null;
  /** The field's name as messages give it ("Volume", "Minggu ke-5"), null for a whole row or the file. */
  column: string | null;
  code: RabProblemCode;
  message: Bilingual;
}

export type RabProblemCode =
  | 'bad_number'
  | 'missing_value'
  | 'total_mismatch'
  | 'no_week_shares'
  | 'week_shares_sum'
  | 'item_without_amount'
  | 'subtotal_mismatch'
  | 'jumlah_mismatch'
  | 'tax_mismatch'
  | 'grand_total_mismatch'
  | 'rounding_far'
  | 'bobot_sum'
  | 'plan_mismatch'
  | 'week_numbering'
  | 'week_unit_unclear';

export type RabWeekUnit = 'pct_of_contract' | 'pct_of_item';

export interface ParsedRab {
  sheet: string;
  weeks: number;
  items: ParsedRabItem[];
  /** Top-level divisions in order; total = Σ of their items' totals. */
  divisions: { code: string; name: string; total: number }[];
  /** Σ of the items' totals (what the weights are computed on). */
  totalBeforeTax: number;
  /** From the PPN row's label ("PPN 11%"), else its amount ÷ JUMLAH; null without a PPN row. */
  taxPct: number | null;
  /** DIBULATKAN, else TOTAL, else JUMLAH + PPN when there is a PPN row; null otherwise. */
  grandTotal: number | null;
  weekUnit: RabWeekUnit;
  /** Percent (12.5) or fraction (0.125, Excel's % format) in the week cells. */
  weekScale: 'percent' | 'fraction';
  /** What was detected about the week cells and why, for the officer to confirm. */
  weekUnitNote: Bilingual;
  problems: RabProblem[];
  stated: {
    title: string | null;
    fiscalYear: number | null;
    location: string | null;
    /** The totals rows as written, null when absent. */
    jumlah: number | null;
    tax: number | null;
    total: number | null;
    rounded: number | null;
    /** Plan rows as written, week → % of the contract (Sentra recomputes; kept for the cross-check). */
    planWeekly: Record<number, number> | null;
    planCumulative: Record<number, number> | null;
  };
  layout: {
    headerRows: number[];
    /** Field → column letter. */
    columns: Partial<Record<RabField, string>>;
    weekColumns: { week: number; column: string; label: string }[];
  };
}

export interface ParseRabOptions {
  /** Non-empty rows the RAB sheet may hold (default 2,000). */
  maxRows?: number;
  /** For tests: read with exceljs instead of the lean reader. */
  engine?: 'auto' | 'exceljs';
}

export const DEFAULT_MAX_ROWS = 2_000;
/** Rupiah: a difference up to Rp 1 is rounding. */
const RP_TOLERANCE = 1;
/** Percentage points: figures are shown with 2 decimals. */
const PCT_TOLERANCE = 0.01;
/** DIBULATKAN further than this from TOTAL is not a rounding. */
const ROUNDING_LIMIT = 1_000_000;

export async function parseRab(bytes: Buffer, opts: ParseRabOptions = {}): Promise<ParsedRab> {
  const maxRows = opts.maxRows ?? DEFAULT_MAX_ROWS;
  // Other sheets (unit-price analyses) may be longer than the RAB; only a runaway one is refused.
  const sheets = await readRabWorkbook(bytes, Math.max(maxRows * 10, 20_000), opts.engine ?? 'auto');
  if (!sheets.some((s) => s.rows.length))
    throw new RabFileError('empty_workbook', {
      id: 'Buku kerja ini tidak berisi data: semua lembarnya kosong.',
      en: 'This workbook holds no data: all its sheets are empty.',
    });
  let chosen: { sheet: RabSheet; layout: RabLayout } | null = null;
  let withoutWeeks: { sheet: RabSheet; layout: RabLayout } | null = null;
  const misses: { sheet: string; miss: HeaderMiss }[] = [];
  for (const sheet of sheets) {
    if (!sheet.rows.length) continue;
    const found = locateLayout(sheet);
    if ('layout' in found) {
      if (found.layout.weeks.length) {
        chosen = { sheet, layout: found.layout };
        break;
      }
      withoutWeeks ??= { sheet, layout: found.layout };
    } else if (found.miss) misses.push({ sheet: sheet.name, miss: found.miss });
  }
  if (!chosen) {
    if (withoutWeeks) throw noWeekColumns(withoutWeeks.sheet, withoutWeeks.layout);
    throw noHeader(misses);
  }
  if (chosen.sheet.rows.length > maxRows)
    throw tooManyRows(chosen.sheet.name, chosen.sheet.rows.length, maxRows);
  return new RabReader(chosen.sheet, chosen.layout).read();
}

function noHeader(misses: { sheet: string; miss: HeaderMiss }[]): RabFileError {
  const wanted = REQUIRED_FIELDS.map((f) => FIELD_LABEL[f]);
  const best = misses
    .filter((m) => m.miss.found.length > 0)
    .sort((a, b) => b.miss.found.length - a.miss.found.length)[0];
  let nearest: Bilingual = { id: '', en: '' };
  if (best) {
    const found = best.miss.found.map((f) => FIELD_LABEL[f]).join(', ');
    const lacking = REQUIRED_FIELDS.filter((f) => !best.miss.found.includes(f))
      .map((f) => FIELD_LABEL[f])
      .join(', ');
    nearest = {
      id: ` Paling mendekati: lembar "${best.sheet}" baris ${best.miss.rowNumber} memuat ${found}${lacking ? `, tetapi tidak ${lacking}` : ''}.`,
      en: ` Nearest: sheet "${best.sheet}" row ${best.miss.rowNumber} has ${found}${lacking ? ` but not ${lacking}` : ''}.`,
    };
  }
  return new RabFileError(
    'no_header',
    {
      id: `Baris judul kolom RAB tidak ditemukan di ${HEADER_SEARCH_ROWS} baris teratas lembar mana pun. Sentra mencari satu baris dengan kolom ${wanted.join(', ')} (juga No, Satuan, Bobot dan kolom minggu seperti "Minggu ke-1" atau "M-1" bila ada).${nearest.id}`,
      en: `No RAB header row was found in the top ${HEADER_SEARCH_ROWS} rows of any sheet. Sentra looks for a row with the columns ${wanted.join(', ')} (and No, Satuan, Bobot and week columns such as "Minggu ke-1" or "M-1" when present).${nearest.en}`,
    },
    { lookedFor: wanted, nearest: best ?? null },
  );
}

function noWeekColumns(sheet: RabSheet, layout: RabLayout): RabFileError {
  const fields = Object.values(layout.columns) as number[];
  const after = columnLetter(Math.max(...fields));
  return new RabFileError(
    'no_week_columns',
    {
      id: `Lembar "${sheet.name}": tabel RAB ditemukan (judul di baris ${layout.headerRows.join(', ')}), tetapi tidak ada kolom jadwal mingguan di kanan kolom ${after}. Sentra mencari judul seperti "Minggu ke-1", "M-1", "Minggu 1", atau angka/angka romawi minggu di bawah nama bulan.`,
      en: `Sheet "${sheet.name}": the RAB table was found (header in row ${layout.headerRows.join(', ')}) but there are no weekly schedule columns right of column ${after}. Sentra looks for headers such as "Minggu ke-1", "M-1", "Minggu 1", or week numbers (or roman numerals) under month names.`,
    },
    { sheet: sheet.name },
  );
}

interface ItemDraft {
  row: number;
  division: string;
  code: string;
  name: string;
  volume: number;
  unit: string;
  unitPrice: number;
  total: number;
  statedBobot: number | null;
  /** Week → the cell as written (positive numbers only). */
  cells: Map<number, number>;
  /** A week cell could not be read: the sum check would only repeat that problem. */
  weekCellBad: boolean;
}

interface Group {
  level: 1 | 2;
  code: string;
  name: string;
  row: number;
  sum: number;
  /** Items since the group opened, not yet covered by a sub-total row. */
  open: number;
  stated: number | null;
}

type Hypothesis = { unit: RabWeekUnit; scale: 'percent' | 'fraction' };

class RabReader {
  private readonly cols: Partial<Record<RabField, number>>;
  private readonly problems: RabProblem[] = [];
  private readonly items: ItemDraft[] = [];
  private readonly divisions: Group[] = [];
  private top: Group | null = null;
  private sub: Group | null = null;
  private topStyle: 'roman' | 'letter' | null = null;
  /** Divisions are capitalised rows without codes; they are numbered I, II, III… here. */
  private uncoded = false;
  private lastLetter: string | null = null;
  /** Σ of every item's total so far. */
  private grand = 0;
  private inTotals = false;
  private readonly stated: ParsedRab['stated'] = {
    title: null,
    fiscalYear: null,
    location: null,
    jumlah: null,
    tax: null,
    total: null,
    rounded: null,
    planWeekly: null,
    planCumulative: null,
  };
  private taxPct: number | null = null;
  private taxSeen = false;
  private readonly rowOf = { jumlah: 0, tax: 0, total: 0, rounded: 0, planWeekly: 0, planCumulative: 0 };

  constructor(
    private readonly sheet: RabSheet,
    private readonly layout: RabLayout,
  ) {
    this.cols = layout.columns;
  }

  read(): ParsedRab {
    this.readTitleBlock();
    if (this.layout.weekNumberingIssue)
      this.add(this.layout.headerRows.at(-1) ?? null, null, 'week_numbering', {
        id: `Baris ${this.layout.headerRows.join(', ')}: ${this.layout.weekNumberingIssue.id}`,
        en: `Row ${this.layout.headerRows.join(', ')}: ${this.layout.weekNumberingIssue.en}`,
      });
    for (const row of this.sheet.rows.slice(this.layout.dataStart)) this.readRow(row.rowNumber, row.cells);
    this.closeTop();
    return this.finish();
  }

  // -------------------------------------------------------------------------------------------
  // Problems

  private add(row: number | null, column: string | null, code: RabProblemCode, message: Bilingual) {
    const problem = { row, column, code, message };
    this.problems.push(problem);
    return problem;
  }

  private fieldName(field: RabField): string {
    return FIELD_LABEL[field];
  }

  /** "Baris 14, kolom Volume (D): " */
  private at(row: number, field: RabField | WeekColumn): Bilingual & { column: string } {
    const isWeek = typeof field === 'object';
    const column = isWeek ? `Minggu ke-${field.week}` : this.fieldName(field);
    const index = isWeek ? field.index : (this.cols[field] ?? 0);
    const letter = columnLetter(index);
    return {
      column,
      id: `Baris ${row}, kolom ${column} (${letter}): `,
      en: `Row ${row}, column ${column} (${letter}): `,
    };
  }

  private rowAt(row: number, name: string): Bilingual {
    const short = name.length > 60 ? `${name.slice(0, 57)}…` : name;
    return { id: `Baris ${row} (${short}): `, en: `Row ${row} (${short}): ` };
  }

  /** Reads a number cell of a field; an unreadable one becomes a problem and reads as empty. */
  private number(row: number, cells: Cell[], field: RabField | WeekColumn, kind: NumberField) {
    const index = typeof field === 'object' ? field.index : this.cols[field];
    const read: NumberRead = index === undefined ? { ok: true, value: null } : readNumber(cells[index], kind);
    if (read.ok) return { value: read.value, bad: null };
    const at = this.at(row, field);
    const what = describeRead(read, kind);
    const problem = this.add(row, at.column, 'bad_number', { id: at.id + what.id, en: at.en + what.en });
    return { value: null, bad: problem };
  }

  // -------------------------------------------------------------------------------------------
  // Title block

  private readTitleBlock() {
    const first = this.layout.headerRows[0] ?? 0;
    const lines = this.sheet.rows
      .filter((r) => r.rowNumber < first)
      .map((r) =>
        r.cells
          .map(cellText)
          .filter((t) => t !== '')
          .join(' '),
      )
      .filter((l) => l !== '');
    const value = (line: string, label: RegExp) => {
      const m = new RegExp(`^(?:${label.source})\\s*[:=]?\\s*(.+)$`, 'i').exec(line);
      return m ? (m[1] as string).replace(/^[:\s]+/, '').trim() || null : null;
    };
    let title: string | null = null;
    let activity: string | null = null;
    for (const line of lines) {
      title ??= value(line, /nama paket|paket pekerjaan|nama pekerjaan|pekerjaan|paket|nama proyek/);
      activity ??= value(line, /sub kegiatan|kegiatan|proyek|program/);
      this.stated.location ??= value(line, /lokasi pekerjaan|lokasi/);
      const year =
        /(?:tahun anggaran|thn\.? anggaran|t\.\s?a\.?|\bta)\s*[:.]?\s*(20\d{2})\b/i.exec(line) ??
        /^tahun\s*[:]?\s*(20\d{2})$/i.exec(line);
      if (year && this.stated.fiscalYear === null) this.stated.fiscalYear = Number(year[1]);
    }
    this.stated.title = title ?? activity ?? lines[0] ?? null;
  }

  // -------------------------------------------------------------------------------------------
  // Rows

  private text(cells: Cell[], field: RabField): string {
    const i = this.cols[field];
    return i === undefined ? '' : cellText(cells[i]);
  }

  /** The item's name: the text in the Uraian columns (names are often indented one column). */
  private nameOf(cells: Cell[]): string {
    const [from, to] = this.layout.nameSpan;
    const parts: string[] = [];
    for (let c = from; c <= to; c++) {
      const t = cellText(cells[c]);
      if (t) parts.push(t);
    }
    return parts.join(' ');
  }

  /** A total row's label: the Uraian text, else a label written in the No column or left of Jumlah. */
  private labelOf(cells: Cell[], name: string): string {
    if (name) return name;
    const code = this.text(cells, 'no');
    if (code && !isCodeToken(code)) return code;
    const end = this.cols.jumlah ?? cells.length;
    for (let c = 0; c < end; c++) {
      const v = cells[c];
      if (typeof v === 'string' && v.trim() && !isCodeToken(v) && !readNumber(v, 'percent').ok)
        return v.trim();
    }
    return '';
  }

  private readRow(row: number, cells: Cell[]) {
    const name = this.nameOf(cells);
    const code = this.text(cells, 'no');
    const label = this.labelOf(cells, name);
    const has = (f: RabField) => {
      const i = this.cols[f];
      return i !== undefined && cells[i] !== null && cells[i] !== undefined && cellText(cells[i]) !== '-';
    };
    const quantityLess = !has('volume') && !has('hargaSatuan');
    // A header row repeated at a page break.
    if (/^(uraian|jenis pekerjaan)/.test(norm(name)) && /^vol/.test(norm(this.text(cells, 'volume')))) return;

    const cls = has('volume') ? null : classifyLabel(label);
    if (cls) {
      if (cls.kind === 'ignore') return;
      if (cls.kind === 'plan') return this.planRow(row, cells, cls.cumulative);
      return this.totalRow(row, cells, cls);
    }
    if (this.inTotals) return; // signatures, notes, a recap below the totals

    if (quantityLess) {
      const stated = () => (has('jumlah') ? this.number(row, cells, 'jumlah', 'rupiah').value : null);
      // "I | PEKERJAAN PERSIAPAN", or the code inside the name: "II. PEKERJAAN STRUKTUR".
      const div = code ? divisionCode(code) : null;
      if (div && label) return this.divisionRow(row, div, label, stated());
      const inline = code ? null : /^([IVXLCDM]+|[A-Z])[.)]\s+(\S.*)$/.exec(label);
      if (inline) return this.divisionRow(row, inline[1] as string, inline[2] as string, stated());
      // "PEKERJAAN PERSIAPAN" in capitals with no code: a division only in a sheet whose divisions
      // carry no codes at all (under coded divisions such rows are sub-headings). Coded I, II, III….
      if (!code && !has('jumlah') && /^PEKERJAAN\s/.test(label) && label === label.toUpperCase())
        if (this.topStyle === null || this.uncoded) {
          this.uncoded = true;
          return this.divisionRow(row, toRoman(this.divisions.length + 1), label, null);
        }
    }
    if (has('volume') || has('hargaSatuan') || has('jumlah')) return this.itemRow(row, cells, code, label);
    // A sub-heading ("1 Pekerjaan Pondasi") or a note. With week shares it was meant as an item.
    const withShares = this.layout.weeks.some((w) => {
      const r = readNumber(cells[w.index], 'percent');
      return !r.ok || (r.value !== null && r.value > 0);
    });
    if (label && withShares) {
      const at = this.rowAt(row, label);
      this.add(row, null, 'item_without_amount', {
        id: `${at.id}baris ini punya porsi mingguan tetapi tidak punya Volume, Harga Satuan maupun Jumlah; tidak diimpor sebagai item.`,
        en: `${at.en}this row has weekly shares but no Volume, Harga Satuan or Jumlah; it is not imported as an item.`,
      });
    }
  }

  // -------------------------------------------------------------------------------------------
  // Divisions and sub-totals

  private divisionRow(row: number, code: string, name: string, stated: number | null) {
    let style: 'roman' | 'letter';
    const single = code.length === 1;
    const nextLetter = this.lastLetter ? String.fromCharCode(this.lastLetter.charCodeAt(0) + 1) : 'A';
    if (single && code === nextLetter) style = 'letter';
    else if (/^[IVXLCDM]+$/.test(code)) style = 'roman';
    else style = 'letter';
    this.topStyle ??= style;
    if (style === 'letter') this.lastLetter = code;
    const level: 1 | 2 = style === this.topStyle || !this.top ? 1 : 2;
    const group: Group = { level, code, name, row, sum: 0, open: 0, stated };
    if (level === 1) {
      this.closeTop();
      if (style === 'roman') this.lastLetter = null;
      this.top = group;
      this.divisions.push(group);
    } else {
      this.closeSub();
      this.sub = group;
    }
  }

  private checkStated(g: Group) {
    if (g.stated === null || Math.abs(g.stated - g.sum) <= RP_TOLERANCE) return;
    const at = this.at(g.row, 'jumlah');
    this.add(g.row, at.column, 'subtotal_mismatch', {
      id: `${at.id}jumlah divisi ${g.code} ${g.name} tertulis ${rp(g.stated, 'id')}, sedangkan jumlah itemnya ${rp(g.sum, 'id')} (selisih ${rp(g.stated - g.sum, 'id')}).`,
      en: `${at.en}division ${g.code} ${g.name} states ${rp(g.stated, 'en')} but its items add up to ${rp(g.sum, 'en')} (difference ${rp(g.stated - g.sum, 'en')}).`,
    });
  }

  private closeSub() {
    if (this.sub) this.checkStated(this.sub);
    this.sub = null;
  }

  private closeTop() {
    this.closeSub();
    if (this.top) this.checkStated(this.top);
    this.top = null;
  }

  /** A "Jumlah"/"Sub Total" row: closes the division above it, or is the JUMLAH. */
  private subtotalRow(row: number, value: number | null, code: string | null, explicit: boolean) {
    const groups = [this.sub, this.top].filter((g): g is Group => g !== null);
    const byCode = code ? groups.find((g) => g.code === code) : undefined;
    const open = groups.filter((g) => g.open > 0);
    if (!byCode && !open.length) return this.jumlahRow(row, value);
    const candidates = byCode ? [byCode] : open;
    const close = (g: Group) => {
      g.open = 0;
      if (g.level === 1 && this.sub) this.sub.open = 0;
    };
    if (value === null) return close(candidates[0] as Group);
    const match = candidates.find((g) => Math.abs(g.sum - value) <= RP_TOLERANCE);
    if (match) return close(match);
    if (!explicit && Math.abs(this.grand - value) <= RP_TOLERANCE) return this.jumlahRow(row, value);
    const g = [...candidates].sort((a, b) => Math.abs(a.sum - value) - Math.abs(b.sum - value))[0] as Group;
    close(g);
    const at = this.at(row, 'jumlah');
    this.add(row, at.column, 'subtotal_mismatch', {
      id: `${at.id}sub-total ${rp(value, 'id')} tidak sama dengan jumlah item ${g.code} ${g.name} di atasnya, ${rp(g.sum, 'id')} (selisih ${rp(value - g.sum, 'id')}).`,
      en: `${at.en}the sub-total ${rp(value, 'en')} does not match the items of ${g.code} ${g.name} above it, ${rp(g.sum, 'en')} (difference ${rp(value - g.sum, 'en')}).`,
    });
  }

  private jumlahRow(row: number, value: number | null) {
    this.closeTop();
    this.inTotals = true;
    if (this.stated.jumlah !== null || value === null) return;
    this.stated.jumlah = value;
    this.rowOf.jumlah = row;
  }

  private totalRow(row: number, cells: Cell[], cls: Exclude<LabelClass, { kind: 'plan' | 'ignore' }>) {
    const amount = this.number(row, cells, 'jumlah', 'rupiah').value;
    switch (cls.kind) {
      case 'subtotal':
        if (this.inTotals) return;
        return this.subtotalRow(row, amount, cls.code, true);
      case 'jumlah':
        if (this.inTotals) return;
        return this.subtotalRow(row, amount, null, false);
      case 'grand':
        if (!this.taxSeen && this.stated.jumlah === null && !this.inTotals)
          return this.jumlahRow(row, amount);
        this.inTotals = true;
        if (this.stated.total === null && amount !== null) {
          this.stated.total = amount;
          this.rowOf.total = row;
        }
        return;
      case 'tax': {
        this.closeTop();
        this.inTotals = true;
        if (this.taxSeen) return;
        this.taxSeen = true;
        this.stated.tax = amount;
        this.rowOf.tax = row;
        let pct = cls.pct;
        for (const f of ['hargaSatuan', 'volume', 'bobot'] as const) {
          if (pct !== null) break;
          const i = this.cols[f];
          const v = i === undefined ? null : readNumber(cells[i], 'percent');
          if (v?.ok && v.value !== null && v.value > 0 && v.value <= 100 && v.value !== amount)
            pct = v.value < 1 ? v.value * 100 : v.value;
        }
        this.taxPct = pct;
        return;
      }
      case 'rounded':
        this.closeTop();
        this.inTotals = true;
        if (this.stated.rounded === null && amount !== null) {
          this.stated.rounded = amount;
          this.rowOf.rounded = row;
        }
        return;
    }
  }

  private planRow(row: number, cells: Cell[], cumulative: boolean) {
    const key = cumulative ? 'planCumulative' : 'planWeekly';
    if (this.stated[key] !== null) return;
    const values: Record<number, number> = {};
    let any = false;
    for (const w of this.layout.weeks) {
      const r = readNumber(cells[w.index], 'percent');
      if (r.ok && r.value !== null) {
        values[w.week] = r.value;
        any = true;
      }
    }
    if (!any) return;
    this.stated[key] = values;
    this.rowOf[key] = row;
  }

  // -------------------------------------------------------------------------------------------
  // Items

  private itemRow(row: number, cells: Cell[], code: string, name: string) {
    const vol = this.number(row, cells, 'volume', 'quantity');
    const price = this.number(row, cells, 'hargaSatuan', 'rupiah');
    const tot = this.number(row, cells, 'jumlah', 'rupiah');
    const bobot = this.number(row, cells, 'bobot', 'percent');
    let volume = vol.value;
    let unitPrice = price.value;
    let total = tot.value;
    const here = this.rowAt(row, name);

    const derived = (field: RabField, value: number, how: Bilingual, bad: RabProblem | null) => {
      const note = {
        id: ` Sementara dibaca sebagai ${how.id} = ${num(value, 'id')}.`,
        en: ` Read for now as ${how.en} = ${num(value, 'en')}.`,
      };
      if (bad) {
        bad.message = { id: bad.message.id + note.id, en: bad.message.en + note.en };
        return;
      }
      const at = this.at(row, field);
      this.add(row, at.column, 'missing_value', {
        id: `${at.id}kosong.${note.id}`,
        en: `${at.en}empty.${note.en}`,
      });
    };

    if (total === null && volume !== null && unitPrice !== null) {
      total = volume * unitPrice;
      if (!tot.bad) {
        const at = this.at(row, 'jumlah');
        this.add(row, at.column, 'missing_value', {
          id: `${at.id}kosong; dihitung dari Volume × Harga Satuan = ${rp(total, 'id')}.`,
          en: `${at.en}empty; computed as Volume × Harga Satuan = ${rp(total, 'en')}.`,
        });
      } else {
        derived('jumlah', total, { id: 'Volume × Harga Satuan', en: 'Volume × Harga Satuan' }, tot.bad);
      }
    }
    if (total === null) {
      if (!vol.bad && !price.bad && !tot.bad)
        this.add(row, null, 'item_without_amount', {
          id: `${here.id}Jumlah tidak tertulis dan tidak dapat dihitung (Volume atau Harga Satuan kosong); nilainya dianggap Rp 0.`,
          en: `${here.en}Jumlah is not written and cannot be computed (Volume or Harga Satuan is empty); it is taken as Rp 0.`,
        });
      total = 0;
    } else if (volume !== null && unitPrice !== null) {
      const product = volume * unitPrice;
      if (Math.abs(product - total) > RP_TOLERANCE) {
        const at = this.at(row, 'jumlah');
        this.add(row, at.column, 'total_mismatch', {
          id: `${at.id}${rp(total, 'id')} tidak sama dengan Volume × Harga Satuan = ${num(volume, 'id')} × ${rp(unitPrice, 'id')} = ${rp(product, 'id')} (selisih ${rp(total - product, 'id')}). Jumlah yang tertulis dipakai.`,
          en: `${at.en}${rp(total, 'en')} differs from Volume × Harga Satuan = ${num(volume, 'en')} × ${rp(unitPrice, 'en')} = ${rp(product, 'en')} (difference ${rp(total - product, 'en')}). The written Jumlah is used.`,
        });
      }
    } else if (volume === null && unitPrice) {
      volume = total / unitPrice;
      derived('volume', volume, { id: 'Jumlah ÷ Harga Satuan', en: 'Jumlah ÷ Harga Satuan' }, vol.bad);
    } else if (unitPrice === null && volume) {
      unitPrice = total / volume;
      derived('hargaSatuan', unitPrice, { id: 'Jumlah ÷ Volume', en: 'Jumlah ÷ Volume' }, price.bad);
    } else {
      // Neither: a lump sum written only as its Jumlah.
      volume ??= 1;
      unitPrice ??= total;
      if (!vol.bad && !price.bad)
        this.add(row, null, 'missing_value', {
          id: `${here.id}Volume dan Harga Satuan kosong; dibaca sebagai 1 × ${rp(total, 'id')}.`,
          en: `${here.en}Volume and Harga Satuan are empty; read as 1 × ${rp(total, 'en')}.`,
        });
    }

    const weekCells = new Map<number, number>();
    let weekCellBad = false;
    for (const w of this.layout.weeks) {
      const r = this.number(row, cells, w, 'percent');
      if (r.bad) weekCellBad = true;
      else if (r.value) weekCells.set(w.week, r.value);
    }
    const division = this.top?.code ?? '';
    for (const g of [this.top, this.sub]) {
      if (!g) continue;
      g.sum += total;
      g.open += 1;
    }
    this.grand += total;
    this.items.push({
      row,
      division,
      code: code.replace(/[.)]$/, ''),
      name,
      volume: volume ?? 0,
      unit: this.text(cells, 'satuan'),
      unitPrice: unitPrice ?? 0,
      total,
      statedBobot: bobot.value,
      cells: weekCells,
      weekCellBad,
    });
  }

  // -------------------------------------------------------------------------------------------
  // After the last row

  private finish(): ParsedRab {
    const totalBeforeTax = this.items.reduce((s, i) => s + i.total, 0);
    const weights = this.weights(totalBeforeTax);
    const { unit, scale, note } = this.detectWeekUnit(weights);
    const factor = scale === 'fraction' ? 100 : 1;

    const items: ParsedRabItem[] = this.items.map((item, k) => {
      const weightPct = weights[k] as number;
      const here = this.rowAt(item.row, item.name);
      const sum = [...item.cells.values()].reduce((a, b) => a + b, 0) * factor;
      const weekShares: Record<number, number> = {};
      if (!item.cells.size) {
        if (!item.weekCellBad)
          this.add(item.row, null, 'no_week_shares', {
            id: `${here.id}tidak ada porsi mingguan (semua sel minggu kosong); item ini tidak masuk kurva S rencana.`,
            en: `${here.en}no weekly shares (every week cell is empty); the item is left out of the planned S-curve.`,
          });
        return { ...this.publicItem(item), weightPct, weekShares };
      }
      // Nine decimals drop the float noise of the division (26.529999999999998 → 26.53); the
      // largest share takes what rounding left over, so the shares still add up to 100.
      let largest = 0;
      for (const [w, v] of item.cells) {
        weekShares[w] = Number((((v * factor) / sum) * 100).toFixed(9));
        if ((weekShares[w] ?? 0) > (weekShares[largest] ?? -1)) largest = w;
      }
      const left = 100 - Object.values(weekShares).reduce((a, b) => a + b, 0);
      weekShares[largest] = Number(((weekShares[largest] ?? 0) + left).toFixed(9));
      const expected = unit === 'pct_of_item' ? 100 : weightPct;
      if (!item.weekCellBad && Math.abs(sum - expected) > PCT_TOLERANCE)
        this.add(item.row, null, 'week_shares_sum', {
          id:
            unit === 'pct_of_item'
              ? `${here.id}porsi mingguan berjumlah ${num(sum, 'id')} %, bukan 100 % dari item (selisih ${num(sum - 100, 'id')}). Sentra membaginya ulang agar berjumlah 100 %.`
              : `${here.id}sel minggu berjumlah ${num(sum, 'id')} % kontrak, bukan bobot item ${num(weightPct, 'id')} % (selisih ${num(sum - weightPct, 'id')}). Sentra membaginya ulang agar berjumlah 100 % dari item.`,
          en:
            unit === 'pct_of_item'
              ? `${here.en}the weekly shares add up to ${num(sum, 'en')} %, not 100 % of the item (difference ${num(sum - 100, 'en')}). Sentra rescales them to 100 %.`
              : `${here.en}the week cells add up to ${num(sum, 'en')} % of the contract, not the item's bobot of ${num(weightPct, 'en')} % (difference ${num(sum - weightPct, 'en')}). Sentra rescales them to 100 % of the item.`,
        });
      return { ...this.publicItem(item), weightPct, weekShares };
    });

    this.checkTotals(totalBeforeTax);
    this.crossCheckPlan(items);
    this.problems.sort((a, b) => (a.row ?? Number.POSITIVE_INFINITY) - (b.row ?? Number.POSITIVE_INFINITY));

    const base = this.stated.jumlah ?? totalBeforeTax;
    const taxAmount = this.stated.tax ?? (this.taxPct !== null ? (base * this.taxPct) / 100 : null);
    const grandTotal =
      this.stated.rounded ??
      this.stated.total ??
      (this.taxSeen && taxAmount !== null ? base + taxAmount : null);
    const letters: Partial<Record<RabField, string>> = {};
    for (const [f, i] of Object.entries(this.cols)) letters[f as RabField] = columnLetter(i as number);
    return {
      sheet: this.sheet.name,
      weeks: this.layout.weeks.length,
      items,
      divisions: this.divisions.map((d) => ({
        code: d.code,
        name: d.name,
        total: items.filter((i) => i.division === d.code).reduce((s, i) => s + i.total, 0),
      })),
      totalBeforeTax,
      taxPct: this.taxPct,
      grandTotal,
      weekUnit: unit,
      weekScale: scale,
      weekUnitNote: note,
      problems: this.problems,
      stated: this.stated,
      layout: {
        headerRows: this.layout.headerRows,
        columns: letters,
        weekColumns: this.layout.weeks.map((w) => ({
          week: w.week,
          column: columnLetter(w.index),
          label: w.label,
        })),
      },
    };
  }

  private publicItem(item: ItemDraft): Omit<ParsedRabItem, 'weightPct' | 'weekShares'> {
    return {
      row: item.row,
      division: item.division,
      code: item.code,
      name: item.name,
      volume: item.volume,
      unit: item.unit,
      unitPrice: item.unitPrice,
      total: item.total,
    };
  }

  /** Each item's bobot: the Bobot column (a fraction when it sums to 1), else its share of the total. */
  private weights(totalBeforeTax: number): number[] {
    const stated = this.items.map((i) => i.statedBobot).filter((b): b is number => b !== null);
    const statedSum = stated.reduce((a, b) => a + b, 0);
    const fraction = stated.length > 0 && Math.abs(statedSum - 1) <= 0.01 && stated.every((b) => b <= 1);
    const factor = fraction ? 100 : 1;
    if (this.cols.bobot !== undefined && stated.length > 0) {
      const sum = statedSum * factor;
      if (Math.abs(sum - 100) > PCT_TOLERANCE) {
        const letter = columnLetter(this.cols.bobot);
        this.add(null, this.fieldName('bobot'), 'bobot_sum', {
          id: `Kolom Bobot (${letter}) berjumlah ${num(sum, 'id')} %, bukan 100 % (selisih ${num(sum - 100, 'id')} poin)${stated.length < this.items.length ? `; ${this.items.length - stated.length} item tanpa bobot` : ''}.`,
          en: `The Bobot column (${letter}) adds up to ${num(sum, 'en')} %, not 100 % (${num(sum - 100, 'en')} points off)${stated.length < this.items.length ? `; ${this.items.length - stated.length} items have no bobot` : ''}.`,
        });
      }
    }
    return this.items.map((i) =>
      i.statedBobot !== null
        ? i.statedBobot * factor
        : totalBeforeTax > 0
          ? (i.total / totalBeforeTax) * 100
          : 0,
    );
  }

  /**
   * Which reading of the week cells the items fit: % of the contract (they add up to the item's
   * bobot), % of the item (to 100), or either as a fraction (Excel's % format: to bobot ÷ 100, to 1).
   * The reading most items fit wins; ties go to % of the contract, the usual kurva S sheet.
   */
  private detectWeekUnit(weights: number[]): Hypothesis & { note: Bilingual } {
    const hypotheses: (Hypothesis & { fits: (sum: number, bobot: number) => boolean })[] = [
      {
        unit: 'pct_of_contract',
        scale: 'percent',
        fits: (s, b) => Math.abs(s - b) <= Math.max(0.02 * b, 0.005),
      },
      { unit: 'pct_of_item', scale: 'percent', fits: (s) => Math.abs(s - 100) <= 0.5 },
      {
        unit: 'pct_of_contract',
        scale: 'fraction',
        fits: (s, b) => Math.abs(s - b / 100) <= Math.max(0.0002 * b, 0.00005),
      },
      { unit: 'pct_of_item', scale: 'fraction', fits: (s) => Math.abs(s - 1) <= 0.005 },
    ];
    const sums = this.items
      .map((item, k) => ({
        sum: [...item.cells.values()].reduce((a, b) => a + b, 0),
        bobot: weights[k] as number,
        ok: item.cells.size > 0 && !item.weekCellBad,
      }))
      .filter((x) => x.ok);
    const scores = hypotheses.map((h) => sums.filter((x) => h.fits(x.sum, x.bobot)).length);
    let best = 0;
    scores.forEach((s, k) => {
      if (s > (scores[best] ?? 0)) best = k;
    });
    const chosen = hypotheses[best] as Hypothesis;
    const fit = scores[best] ?? 0;
    const n = sums.length;
    if (n > 0 && fit === 0) {
      // No item fits any reading: take the one the grand sum is nearest to, and say so.
      const all = sums.reduce((a, x) => a + x.sum, 0);
      const unit: RabWeekUnit =
        Math.abs(all - 100) <= Math.abs(all - 100 * n) ? 'pct_of_contract' : 'pct_of_item';
      const note = both((l) =>
        l === 'id'
          ? `Satuan sel minggu tidak dapat dipastikan: tidak ada item yang sel minggunya berjumlah bobotnya maupun 100. Dianggap ${unit === 'pct_of_contract' ? 'persen dari kontrak' : 'persen dari item'} (jumlah semua sel ${num(all, 'id')}).`
          : `The unit of the week cells is unclear: no item's week cells add up to its bobot or to 100. Taken as ${unit === 'pct_of_contract' ? '% of the contract' : '% of the item'} (all cells add up to ${num(all, 'en')}).`,
      );
      this.add(null, null, 'week_unit_unclear', note);
      return { unit, scale: 'percent', note };
    }
    const what =
      chosen.unit === 'pct_of_contract'
        ? {
            id: `persen bobot kontrak (sel minggu tiap item berjumlah bobot item, seluruhnya 100 %)`,
            en: `a percentage of the contract (each item's week cells add up to its bobot, all of them to 100 %)`,
          }
        : {
            id: `persen dari item (sel minggu tiap item berjumlah 100 %)`,
            en: `a percentage of the item (each item's week cells add up to 100 %)`,
          };
    const scaleNote =
      chosen.scale === 'fraction'
        ? {
            id: ', ditulis sebagai pecahan (format %) dan dikali 100',
            en: ', written as fractions (% format) and multiplied by 100',
          }
        : { id: '', en: '' };
    return {
      ...chosen,
      note: {
        id: `Sel minggu dibaca sebagai ${what.id}${scaleNote.id}: ${fit} dari ${n} item berjadwal cocok dengan cara baca ini.`,
        en: `Week cells read as ${what.en}${scaleNote.en}: ${fit} of ${n} scheduled items fit this reading.`,
      },
    };
  }

  private checkTotals(sumItems: number) {
    const { jumlah, tax, total, rounded } = this.stated;
    if (jumlah !== null && Math.abs(jumlah - sumItems) > RP_TOLERANCE) {
      const at = this.at(this.rowOf.jumlah, 'jumlah');
      this.add(this.rowOf.jumlah, at.column, 'jumlah_mismatch', {
        id: `${at.id}JUMLAH tertulis ${rp(jumlah, 'id')}, sedangkan jumlah semua item ${rp(sumItems, 'id')} (selisih ${rp(jumlah - sumItems, 'id')}).`,
        en: `${at.en}JUMLAH states ${rp(jumlah, 'en')} but the items add up to ${rp(sumItems, 'en')} (difference ${rp(jumlah - sumItems, 'en')}).`,
      });
    }
    const base = jumlah ?? sumItems;
    if (tax !== null && this.taxPct === null && base > 0)
      this.taxPct = Math.round((tax / base) * 10_000) / 100;
    if (tax !== null && this.taxPct !== null) {
      const expected = (base * this.taxPct) / 100;
      if (Math.abs(tax - expected) > RP_TOLERANCE) {
        const at = this.at(this.rowOf.tax, 'jumlah');
        this.add(this.rowOf.tax, at.column, 'tax_mismatch', {
          id: `${at.id}PPN tertulis ${rp(tax, 'id')}, sedangkan ${num(this.taxPct, 'id')} % × ${rp(base, 'id')} = ${rp(expected, 'id')}.`,
          en: `${at.en}PPN states ${rp(tax, 'en')} but ${num(this.taxPct, 'en')} % × ${rp(base, 'en')} = ${rp(expected, 'en')}.`,
        });
      }
    }
    if (total !== null) {
      const expected = base + (tax ?? 0);
      if (Math.abs(total - expected) > RP_TOLERANCE) {
        const at = this.at(this.rowOf.total, 'jumlah');
        this.add(this.rowOf.total, at.column, 'grand_total_mismatch', {
          id: `${at.id}TOTAL tertulis ${rp(total, 'id')}, sedangkan JUMLAH + PPN = ${rp(expected, 'id')}.`,
          en: `${at.en}TOTAL states ${rp(total, 'en')} but JUMLAH + PPN = ${rp(expected, 'en')}.`,
        });
      }
    }
    if (rounded !== null) {
      const from = total ?? base + (tax ?? 0);
      if (Math.abs(rounded - from) >= ROUNDING_LIMIT) {
        const at = this.at(this.rowOf.rounded, 'jumlah');
        this.add(this.rowOf.rounded, at.column, 'rounding_far', {
          id: `${at.id}DIBULATKAN ${rp(rounded, 'id')} berselisih ${rp(rounded - from, 'id')} dari ${rp(from, 'id')}; itu bukan pembulatan.`,
          en: `${at.en}DIBULATKAN ${rp(rounded, 'en')} is ${rp(rounded - from, 'en')} away from ${rp(from, 'en')}; that is not a rounding.`,
        });
      }
    }
  }

  /** The plan rows as written against the plan the items give; skipped when items already have week problems. */
  private crossCheckPlan(items: ParsedRabItem[]) {
    if (
      this.problems.some(
        (p) => p.code === 'week_shares_sum' || (p.code === 'bad_number' && p.column?.startsWith('Minggu')),
      )
    )
      return;
    const weekly = new Map<number, number>();
    for (const item of items)
      for (const [w, share] of Object.entries(item.weekShares))
        weekly.set(Number(w), (weekly.get(Number(w)) ?? 0) + (item.weightPct * share) / 100);
    const cumulative = new Map<number, number>();
    let running = 0;
    for (const w of this.layout.weeks) {
      running += weekly.get(w.week) ?? 0;
      cumulative.set(w.week, running);
    }
    const check = (
      stated: Record<number, number> | null,
      computed: Map<number, number>,
      row: number,
      what: Bilingual,
    ) => {
      if (!stated) return;
      const values = Object.values(stated);
      const fraction =
        values.length > 0 && Math.max(...values) <= 1.0001 && Math.max(...computed.values()) > 1.5;
      const bad = this.layout.weeks.filter(
        (w) =>
          Math.abs((stated[w.week] ?? 0) * (fraction ? 100 : 1) - (computed.get(w.week) ?? 0)) >
          PCT_TOLERANCE,
      );
      const first = bad[0];
      if (!first) return;
      const at = this.at(row, first);
      const s = (stated[first.week] ?? 0) * (fraction ? 100 : 1);
      const c = computed.get(first.week) ?? 0;
      this.add(row, at.column, 'plan_mismatch', {
        id: `${at.id}${what.id} tertulis ${num(s, 'id')} %, sedangkan dari item-itemnya ${num(c, 'id')} %${bad.length > 1 ? ` (${bad.length} minggu berbeda)` : ''}. Sentra memakai hitungan dari item.`,
        en: `${at.en}${what.en} states ${num(s, 'en')} % but the items give ${num(c, 'en')} %${bad.length > 1 ? ` (${bad.length} weeks differ)` : ''}. Sentra uses the figure from the items.`,
      });
    };
    check(this.stated.planWeekly, weekly, this.rowOf.planWeekly, {
      id: 'rencana mingguan',
      en: 'the weekly plan',
    });
    check(this.stated.planCumulative, cumulative, this.rowOf.planCumulative, {
      id: 'rencana kumulatif',
      en: 'the cumulative plan',
    });
  }
}
