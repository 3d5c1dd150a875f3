/**
 * Words and numbers as Indonesian RAB sheets write them: the labels of header, total and plan rows,
 * division codes, and number cells that may be real numbers or text ("1.250.000,00", "Rp 1.250.000",
 * "12,5 %", "0,125", "-").
 */
import type { Bilingual } from '../../../lib/lang.js';
import {
  describeNumberProblem,
  type NumberKind,
  type NumberProblem,
  parseIndonesianNumber,
} from '../../registry/import/indonesian-number.js';
import type { Cell } from './rab-workbook.js';

/** Lower case, one space between words, no line breaks. */
export function norm(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A cell as text (numbers as JavaScript writes them), '' for an empty cell. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.replace(/\s+/g, ' ').trim();
  if (typeof cell === 'number') return String(cell);
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return '';
}

// ---------------------------------------------------------------------------------------------
// Codes in the No column

const ROMAN = /^[ivxlcdm]+$/i;
/** "1", "1.2", "a", "a.", "IV", "b)", "-": a code, not a label like "JUMLAH". */
export function isCodeToken(s: string): boolean {
  const t = s.trim().replace(/[.)]$/, '');
  return /^\d+(\.\d+)*$/.test(t) || /^[a-z]$/i.test(t) || ROMAN.test(t) || /^[-–•*·]$/.test(t);
}

const ROMAN_DIGITS: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];
export function toRoman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, digits] of ROMAN_DIGITS)
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  return out;
}

/** "II." → "II", "a)" → "A": the code of a division row, or null when it is not a division code. */
export function divisionCode(s: string): string | null {
  const t = s.trim().replace(/[.)]$/, '');
  if (/^[IVXLCDM]+$/.test(t) || /^[A-Z]$/.test(t)) return t;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Row labels

export type LabelClass =
  | { kind: 'plan'; cumulative: boolean }
  /** Realisasi, deviasi, terbilang: rows that are neither items nor totals. */
  | { kind: 'ignore' }
  | { kind: 'tax'; pct: number | null }
  | { kind: 'rounded' }
  /** "Sub Total", "Jumlah II", "Jumlah Pekerjaan Persiapan": a division's total. */
  | { kind: 'subtotal'; code: string | null }
  /** "JUMLAH", "Jumlah Harga": a division's total or the JUMLAH, told apart by the rows above. */
  | { kind: 'jumlah' }
  /** "TOTAL", "Jumlah Total", "Total + PPN": the JUMLAH before any PPN row, the TOTAL after it. */
  | { kind: 'grand' };

export function classifyLabel(label: string): LabelClass | null {
  const l = norm(label)
    .replace(/[:=]+$/, '')
    .replace(/\s*\((rp|%)\)$/, '')
    .trim();
  if (!l) return null;
  if (/^terbilang\b/.test(l)) return { kind: 'ignore' };
  if (/^(realisasi|deviasi|aktual|progres(s)? (aktual|realisasi)|bobot realisasi)\b/.test(l))
    return { kind: 'ignore' };
  if (
    /^(rencana|bobot rencana|bobot mingguan|jumlah bobot mingguan|bobot kumulatif|kumulatif|progres(s)? rencana|kurva s rencana|jumlah bobot per minggu)\b/.test(
      l,
    )
  )
    return { kind: 'plan', cumulative: /kumulatif/.test(l) };
  if (/dibulatkan|^pembulatan\b/.test(l)) return { kind: 'rounded' };
  if (/^(jumlah|total)\b.*(\+ ?ppn|termasuk ppn|setelah ppn|dengan ppn|incl)/.test(l))
    return { kind: 'grand' };
  if (/(^|\W)ppn\b|pajak pertambahan nilai/.test(l)) {
    const m = /(\d+(?:[.,]\d+)?)\s*%/.exec(l);
    return { kind: 'tax', pct: m ? Number((m[1] as string).replace(',', '.')) : null };
  }
  const sub = /^(sub ?total|sub jumlah|subtotal)\b\s*(.*)$/.exec(l);
  if (sub) return { kind: 'subtotal', code: codeIn(sub[2] ?? '') };
  if (
    /^(grand total|total|jumlah total|total keseluruhan|jumlah keseluruhan|jumlah seluruhnya|total harga|total biaya|nilai total)( (harga|biaya|pekerjaan|keseluruhan|rab))*$/.test(
      l,
    )
  )
    return { kind: 'grand' };
  const j = /^(jumlah|jml\.?|total)\b\s*(.*)$/.exec(l);
  if (j) {
    const rest = (j[2] ?? '').replace(/^(harga|biaya)\b\s*/, '').trim();
    const code = codeIn(rest.replace(/^(pekerjaan|divisi|bagian)\s+/, ''));
    if (code) return { kind: 'subtotal', code };
    return { kind: 'jumlah' };
  }
  return null;
}

/** "ii", "a.", "iv)" → "II", "A", "IV"; anything else → null. */
function codeIn(rest: string): string | null {
  const t = rest.trim().replace(/[.)]$/, '');
  if (/^[ivxlcdm]+$/.test(t) || /^[a-z]$/.test(t)) return t.toUpperCase();
  return null;
}

// ---------------------------------------------------------------------------------------------
// Numbers

export type NumberField = 'rupiah' | 'quantity' | 'percent';

export type NumberRead =
  | { ok: true; value: number | null }
  | { ok: false; raw: string; problem: NumberProblem | { code: 'excel_error' } };

/**
 * A number cell: Excel numbers as they are, text by the Indonesian rules (the registry importer's
 * parser). "-", "–" and empty text are empty. In a percent column "12,5 %" is 12.5 and a comma
 * with three digits after it ("1,125") is a decimal comma: no percentage reaches 1.125.
 */
export function readNumber(cell: Cell | undefined, field: NumberField): NumberRead {
  if (cell === null || cell === undefined) return { ok: true, value: null };
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return { ok: false, raw: String(cell), problem: { code: 'not_a_number' } };
    if (cell < 0) return { ok: false, raw: String(cell), problem: { code: 'negative' } };
    return { ok: true, value: cell };
  }
  if (typeof cell !== 'string') return { ok: false, raw: cellText(cell), problem: { code: 'not_a_number' } };
  const raw = cell.trim();
  if (raw === '' || /^[-–—−]+$/.test(raw)) return { ok: true, value: null };
  if (/^#(ref!|value!|div\/0!|n\/a|name\?|num!|null!|spill!|calc!)$/i.test(raw))
    return { ok: false, raw, problem: { code: 'excel_error' } };
  let s = raw;
  if (field === 'percent') s = s.replace(/\s*%$/, '');
  const kind: NumberKind = field === 'rupiah' ? 'rupiah' : 'quantity';
  const r = parseIndonesianNumber(s, kind);
  if (r.ok) return r;
  if (field === 'percent' && r.problem.code === 'ambiguous_comma')
    return { ok: true, value: Number(r.problem.decimal.replace(',', '.')) };
  return { ok: false, raw, problem: r.problem };
}

export function describeRead(read: Extract<NumberRead, { ok: false }>, field: NumberField): Bilingual {
  if (read.problem.code === 'excel_error')
    return {
      id: `sel berisi galat Excel ${read.raw}; perbaiki rumusnya.`,
      en: `the cell holds the Excel error ${read.raw}; fix the formula.`,
    };
  const kind: NumberKind = field === 'rupiah' ? 'rupiah' : 'quantity';
  const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
  return {
    id: `"${read.raw}" tidak terbaca sebagai angka: ${lower(describeNumberProblem(read.problem, 'id', kind))}`,
    en: `"${read.raw}" cannot be read as a number: ${lower(describeNumberProblem(read.problem, 'en', kind))}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Formatting for messages

const fmt = {
  rp: {
    id: new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }),
    en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }),
  },
  pct: {
    id: new Intl.NumberFormat('id-ID', { maximumFractionDigits: 4 }),
    en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 }),
  },
};
type Lang = keyof Bilingual;
export const rp = (x: number, lang: Lang) => `Rp ${fmt.rp[lang].format(x)}`;
export const num = (x: number, lang: Lang) => fmt.pct[lang].format(x);
export const both = (f: (lang: Lang) => string): Bilingual => ({ id: f('id'), en: f('en') });

/** 0 → "A", 27 → "AB". */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
