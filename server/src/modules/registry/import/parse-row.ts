import { z } from 'zod';
import type { Lang } from '../../../lib/lang.js';
import { describeIssue } from '../../../plugins/validation-messages.js';
import { ZCreateBusinessRequestSchema } from '../registry.schemas.js';
import {
  type ColumnKind,
  type ImportColumn,
  type ImportField,
  TEMPLATE_EXAMPLE_NAME,
} from './import-columns.js';
import { reason } from './import-messages.js';
import { describeNumberProblem, parseIndonesianNumber } from './indonesian-number.js';
import type { Cell, SheetRow } from './read-spreadsheet.js';

/** A row is checked with the same rules as the create form, plus the owner's three columns. */
export const ZImportRowSchema = ZCreateBusinessRequestSchema.omit({ centreId: true }).extend({
  ownerName: z.string().trim().min(1).max(200).nullish(),
  ownerGender: z.enum(['L', 'P']).nullish(),
  ownerPhone: z.string().trim().max(30).nullish(),
});
export type TImportRowValues = z.infer<typeof ZImportRowSchema>;

export interface RowProblem {
  row: number;
  column: string;
  value: string;
  reason: string;
}

export interface ParsedRow {
  rowNumber: number;
  /** The checked values, or null when the row has problems of its own. */
  values: TImportRowValues | null;
  /** Fields with a non-empty cell: on an update only these are written (a blank cell erases nothing). */
  present: ImportField[];
  problems: RowProblem[];
  /** The identity cells, to show every row (an invalid one too) in the preview. */
  label: { name: string | null; nib: string | null; wilayahCode: string | null };
}

type Converted = { ok: true; value: unknown } | { ok: false; reason: string };
const ok = (value: unknown): Converted => ({ ok: true, value });
const bad = (text: string): Converted => ({ ok: false, reason: text });

/** How a cell looks to the user, for the problem list. */
export function displayCell(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

/** Our export prefixes `'` to text starting with = + - @ (formula injection); the import drops it. */
const unneutralise = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

const asText = (cell: Cell): string =>
  cell instanceof Date ? cell.toISOString().slice(0, 10) : unneutralise(String(cell)).trim();

/** Excel drops the leading zero of 0812…: a 9–12 digit number starting with 8 is a mobile number. */
function phoneText(cell: Cell): string {
  if (typeof cell === 'number' && Number.isInteger(cell)) {
    const digits = String(cell);
    return /^8\d{8,11}$/.test(digits) ? `0${digits}` : digits;
  }
  return asText(cell);
}

const LEGAL_FORMS: Record<string, string> = {
  perorangan: 'perorangan',
  perseorangan: 'perorangan',
  individu: 'perorangan',
  ud: 'ud',
  usahadagang: 'ud',
  cv: 'cv',
  pt: 'pt',
  perseroanterbatas: 'pt',
  koperasi: 'koperasi',
  kop: 'koperasi',
};
const TECHNIQUES: Record<string, string> = {
  tulis: 'tulis',
  cap: 'cap',
  kombinasi: 'kombinasi',
  'tulis-cap': 'kombinasi',
  campuran: 'kombinasi',
  printing: 'printing',
  print: 'printing',
  cetak: 'printing',
};
const MARKETS: Record<string, string> = {
  lokal: 'lokal',
  nasional: 'nasional',
  ekspor: 'ekspor',
  export: 'ekspor',
  internasional: 'ekspor',
};
const MONTHS = [
  'januari',
  'februari',
  'maret',
  'april',
  'mei',
  'juni',
  'juli',
  'agustus',
  'september',
  'oktober',
  'november',
  'desember',
];

const splitList = (s: string) =>
  s
    .split(/[,;/+]|\s+dan\s+/i)
    .map((x) => x.trim().toLowerCase())
    .filter(Boolean);

function listOf(
  cell: Cell,
  names: Record<string, string>,
  strip: RegExp,
  unknown: (v: string) => string,
): Converted {
  const items = splitList(asText(cell)).map((x) => x.replace(strip, '').trim());
  const wrong = items.filter((x) => !names[x]);
  if (wrong.length) return bad(unknown(wrong.join(', ')));
  return ok([...new Set(items.map((x) => names[x]))]);
}

function isoDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

function dateOf(cell: Cell): string | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  // An Excel date serial that lost its date format (days since 1899-12-30).
  if (typeof cell === 'number') {
    if (cell < 20_000 || cell > 80_000) return null;
    return new Date(Date.UTC(1899, 11, 30) + Math.floor(cell) * 86_400_000).toISOString().slice(0, 10);
  }
  const s = asText(cell).toLowerCase();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\s+([a-z]+)\s+(\d{4})$/.exec(s);
  const month = m
    ? MONTHS.findIndex((name) => name.startsWith(m?.[2] ?? '?') && (m?.[2]?.length ?? 0) >= 3)
    : -1;
  if (m && month >= 0) return isoDate(Number(m[3]), month + 1, Number(m[1]));
  return null;
}

const YES = new Set(['ya', 'y', 'yes', 'true', '1', 'benar', 'penyewa']);
const NO = new Set(['tidak', 'tdk', 't', 'no', 'n', 'false', '0', 'bukan', 'bukan penyewa']);

/** Turns one cell into the value its column wants, or says why it cannot. */
function convert(kind: ColumnKind, cell: Cell, lang: Lang): Converted {
  switch (kind) {
    case 'text':
    case 'email':
      return ok(asText(cell));
    case 'phone':
      return ok(phoneText(cell));
    case 'legalForm': {
      const key = asText(cell).toLowerCase().replace(/[\s.]/g, '');
      return LEGAL_FORMS[key] ? ok(LEGAL_FORMS[key]) : bad(reason('legal_form', lang));
    }
    case 'nib':
      return ok(typeof cell === 'number' ? String(cell) : asText(cell).replace(/[\s.-]/g, ''));
    case 'kbli':
      return ok(
        typeof cell === 'number'
          ? [String(cell)]
          : asText(cell)
              .split(/[,;/\s]+/)
              .filter(Boolean),
      );
    case 'wilayah': {
      const s = typeof cell === 'number' ? String(cell) : asText(cell).replace(/\s/g, '');
      const m = /^(\d{2})(\d{2})(\d{2})(\d{4})$/.exec(s);
      return ok(m ? `${m[1]}.${m[2]}.${m[3]}.${m[4]}` : s);
    }
    case 'year': {
      const r = parseIndonesianNumber(
        typeof cell === 'string' ? asText(cell).replace(/\./g, '') : cell,
        'count',
      );
      return r.ok ? ok(r.value) : bad(reason('year', lang));
    }
    case 'techniques':
      return listOf(cell, TECHNIQUES, /^batik\s+/, (v) => reason('technique', lang, { value: v }));
    case 'marketReach':
      return listOf(cell, MARKETS, /^pasar\s+/, (v) => reason('market', lang, { value: v }));
    case 'date': {
      const d = dateOf(cell);
      return d ? ok(d) : bad(reason('date', lang));
    }
    case 'yesNo': {
      if (typeof cell === 'boolean') return ok(cell);
      const s = asText(cell).toLowerCase();
      return YES.has(s) ? ok(true) : NO.has(s) ? ok(false) : bad(reason('yes_no', lang));
    }
    case 'gender': {
      const s = asText(cell)
        .toLowerCase()
        .replace(/[\s.-]/g, '');
      if (['l', 'lk', 'lakilaki', 'pria', 'male', 'm'].includes(s)) return ok('L');
      if (['p', 'pr', 'perempuan', 'wanita', 'female', 'f', 'w'].includes(s)) return ok('P');
      return bad(reason('gender', lang));
    }
    case 'count':
    case 'rupiah':
    case 'quantity': {
      const r = parseIndonesianNumber(typeof cell === 'string' ? asText(cell) : cell, kind);
      return r.ok ? ok(r.value) : bad(describeNumberProblem(r.problem, lang, kind));
    }
  }
}

/**
 * Reads one spreadsheet row into checked business values, listing every problem by column (not
 * only the first), so the user can fix a row in one pass.
 */
export function parseRow(
  row: SheetRow,
  columns: { index: number; column: ImportColumn }[],
  lang: Lang,
): ParsedRow {
  const problems: RowProblem[] = [];
  const input: Record<string, unknown> = {};
  const present: ImportField[] = [];
  const byField = new Map<string, { column: ImportColumn; cell: Cell }>();
  for (const { index, column } of columns) {
    const cell = row.cells[index] ?? null;
    byField.set(column.field, { column, cell });
    if (cell === null || (typeof cell === 'string' && asText(cell) === '')) continue;
    const converted = convert(column.kind, cell, lang);
    if (!converted.ok) {
      problems.push({
        row: row.rowNumber,
        column: column.header,
        value: displayCell(cell),
        reason: converted.reason,
      });
      continue;
    }
    input[column.field] = converted.value;
    present.push(column.field);
  }

  const problem = (field: string, text: string) => {
    const at = byField.get(field);
    problems.push({
      row: row.rowNumber,
      column: at?.column.header ?? field,
      value: displayCell(at?.cell ?? null),
      reason: text,
    });
  };
  if (input.name === TEMPLATE_EXAMPLE_NAME) problem('name', reason('template_example', lang));
  if (!input.ownerName && (input.ownerGender || input.ownerPhone))
    problem('ownerName', reason('owner_name_required', lang));

  // Columns that failed conversion are left out, so zod does not report them a second time —
  // except a required one, which zod would call "missing" when it is really malformed.
  const failed = new Set(problems.map((p) => p.column));
  const parsed = ZImportRowSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      const header = byField.get(field)?.column.header ?? field;
      if (failed.has(header) || seen.has(field)) continue;
      seen.add(field);
      const { code, message, path: _p, ...params } = issue;
      problem(field, describeIssue({ keyword: code, message, params }, lang));
    }
  }
  // The values as read (a NIB without its spaces, a name without the export's formula quote).
  const text = (f: ImportField) => {
    if (typeof input[f] === 'string') return input[f] as string;
    const cell = byField.get(f)?.cell ?? null;
    return cell === null ? null : displayCell(cell);
  };
  return {
    rowNumber: row.rowNumber,
    values: problems.length || !parsed.success ? null : parsed.data,
    present,
    problems,
    label: { name: text('name'), nib: text('nib'), wilayahCode: text('wilayahCode') },
  };
}
