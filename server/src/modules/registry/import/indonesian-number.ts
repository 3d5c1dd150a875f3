import type { Lang } from '../../../lib/lang.js';

/**
 * Numbers as Indonesians write them in a spreadsheet: a dot groups thousands ("1.500.000"), a
 * comma marks decimals ("12,5"), money may carry "Rp" and a trailing ",-", and large sums are
 * written with a scale word ("1,5 jt", "2 M" = 2 miliar — M is *miliar* here, never million).
 * What has two readings ("1,500": 1.500 or 1,5?) is refused with a message that shows both, so
 * the person who knows the figure decides; we never guess a number into the registry.
 */
export type NumberKind = 'rupiah' | 'quantity' | 'count';

export type NumberProblem =
  | { code: 'not_a_number' }
  | { code: 'negative' }
  | { code: 'ambiguous_comma'; thousands: string; decimal: string }
  | { code: 'english_format'; suggestion: string }
  | { code: 'bad_grouping'; suggestion: string }
  | { code: 'not_integer' }
  | { code: 'too_many_decimals' };

export type NumberResult = { ok: true; value: number | null } | { ok: false; problem: NumberProblem };

/** Scale words, longest first so "juta" wins over "jt" and "miliar" over "m". */
const SCALES: [RegExp, number][] = [
  [/(triliun|trilyun)$/, 12],
  [/(miliar|milyar|miliyar|mlyr|mly|m)$/, 9],
  [/(juta|jt)$/, 6],
  [/(ribu|rb)$/, 3],
];

const fail = (problem: NumberProblem): NumberResult => ({ ok: false, problem });

/** Checks the value against its kind once it is a number (negative, whole). */
function finish(value: number, kind: NumberKind): NumberResult {
  if (!Number.isFinite(value)) return fail({ code: 'not_a_number' });
  if (value < 0) return fail({ code: 'negative' });
  if (kind === 'count' && !Number.isInteger(value)) return fail({ code: 'not_integer' });
  return { ok: true, value: value === 0 ? 0 : value };
}

/**
 * Parses a cell into a number, `null` for an empty cell, or a problem. Excel numeric cells are
 * taken as they are (Excel already knows what they mean); text goes through the Indonesian rules.
 */
export function parseIndonesianNumber(input: unknown, kind: NumberKind): NumberResult {
  if (input === null || input === undefined) return { ok: true, value: null };
  // Excel's own numbers: a formula like =A2*1,1 leaves float noise, so rupiah is rounded to sen.
  if (typeof input === 'number')
    return finish(kind === 'rupiah' ? Math.round(input * 100) / 100 : input, kind);
  if (typeof input !== 'string') return fail({ code: 'not_a_number' });

  let s = input
    .replace(/[\u00a0\u202f]/g, ' ')
    .trim()
    .toLowerCase();
  if (s === '') return { ok: true, value: null };
  // "−" (U+2212) and "–" are what word processors turn a minus into.
  s = s.replace(/^[\u2212\u2013]/, '-');
  if (/^-|^\(.*\)$/.test(s)) {
    const rest = parseIndonesianNumber(s.replace(/^-|^\(|\)$/g, ''), kind);
    return rest.ok && rest.value !== null ? fail({ code: 'negative' }) : fail({ code: 'not_a_number' });
  }
  s = s
    .replace(/^(rp\.?|idr)\s*/, '')
    .replace(/\s*(rupiah)$/, '')
    .replace(/[,.]-$/, '')
    .replace(/\s*(orang|org)$/, '')
    .trim();

  let exponent = 0;
  for (const [re, exp] of SCALES) {
    const m = s.match(re);
    // A scale word needs a number before it ("2 m", "1,5jt"); "m" alone is not a number.
    if (m && /\d\s*\.?$/.test(s.slice(0, m.index).trimEnd())) {
      exponent = exp;
      s = s.slice(0, m.index).replace(/\.$/, '').trim();
      break;
    }
  }
  if (!/^\d[\d.,]*$/.test(s) || /[.,]$/.test(s)) return fail({ code: 'not_a_number' });

  const decimal = toDecimalString(s);
  if ('code' in decimal) return fail(decimal);
  // Rupiah has sen at most: "Rp 1.500,555" or "1,2345 jt" was mistyped or mis-scaled.
  const fractionDigits = (decimal.text.split('.')[1] ?? '').replace(/0+$/, '').length - exponent;
  if (kind === 'rupiah' && fractionDigits > 2) return fail({ code: 'too_many_decimals' });
  // Number("1.25e6") rounds correctly, where 1.25 * 1e6 could carry float noise.
  return finish(Number(`${decimal.text}e${exponent}`), kind);
}

/** "1.250,50" → "1250.50" under the Indonesian rules, or why it cannot be read. */
function toDecimalString(s: string): { text: string } | NumberProblem {
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  const validThousands = (t: string) => /^\d{1,3}(\.\d{3})+$/.test(t);

  if (dots === 0 && commas === 0) return { text: s };
  if (commas === 0) {
    // Dots only: Indonesian thousands ("1.500" is fifteen hundred) when grouped by three.
    if (validThousands(s)) return { text: s.replaceAll('.', '') };
    return { code: 'bad_grouping', suggestion: dots === 1 ? s.replace('.', ',') : '1.500.000' };
  }
  if (commas > 1) {
    // "1,500,000" is the English way to group thousands.
    const suggestion = /^\d{1,3}(,\d{3})+$/.test(s) ? s.replaceAll(',', '.') : '1.500.000';
    return { code: 'english_format', suggestion };
  }
  const [whole = '', fraction = ''] = s.split(',');
  if (dots > 0) {
    // "1.250,50" is Indonesian; "1,250.50" (comma before the dot) is English.
    if (s.indexOf(',') < s.lastIndexOf('.'))
      return {
        code: 'english_format',
        suggestion: s.replaceAll(',', '#').replaceAll('.', ',').replaceAll('#', '.'),
      };
    if (!validThousands(whole)) return { code: 'bad_grouping', suggestion: '1.250,50' };
    return { text: `${whole.replaceAll('.', '')}.${fraction}` };
  }
  // One comma followed by exactly three digits: thousands (English) or a decimal (Indonesian)?
  if (fraction.length === 3 && whole.length <= 3 && whole !== '0')
    return {
      code: 'ambiguous_comma',
      thousands: `${whole}.${fraction}`,
      decimal: `${whole},${fraction.replace(/0+$/, '') || '0'}`,
    };
  return { text: `${whole}.${fraction}` };
}

/** What is wrong with the number and how to write it, in the user's language. */
export function describeNumberProblem(problem: NumberProblem, lang: Lang, kind: NumberKind): string {
  const id = lang === 'id';
  switch (problem.code) {
    case 'not_a_number':
      return id
        ? `Bukan angka. Tulis dengan angka, mis. ${kind === 'rupiah' ? '1.500.000, Rp 1.500.000 atau 1,5 jt' : kind === 'count' ? '12' : '1.500 atau 12,5'}.`
        : `Not a number. Write it in digits, e.g. ${kind === 'rupiah' ? '1.500.000, Rp 1.500.000 or 1,5 jt' : kind === 'count' ? '12' : '1.500 or 12,5'}.`;
    case 'negative':
      return id ? 'Tidak boleh negatif.' : 'Cannot be negative.';
    case 'ambiguous_comma':
      return id
        ? `Meragukan: bisa berarti ${problem.thousands} atau ${problem.decimal}. Tulis ${problem.thousands} (titik untuk ribuan) atau ${problem.decimal} (koma untuk desimal).`
        : `Ambiguous: could be ${problem.thousands} or ${problem.decimal}. Write ${problem.thousands} (dot for thousands) or ${problem.decimal} (comma for decimals).`;
    case 'english_format':
      return id
        ? `Format angka Inggris. Pakai titik untuk ribuan dan koma untuk desimal, mis. ${problem.suggestion}.`
        : `English number format. Use a dot for thousands and a comma for decimals, e.g. ${problem.suggestion}.`;
    case 'bad_grouping':
      return id
        ? `Titik hanya untuk memisahkan ribuan (1.500.000); untuk desimal pakai koma, mis. ${problem.suggestion}.`
        : `A dot only groups thousands (1.500.000); use a comma for decimals, e.g. ${problem.suggestion}.`;
    case 'not_integer':
      return id ? 'Harus bilangan bulat.' : 'Must be a whole number.';
    case 'too_many_decimals':
      return id ? 'Rupiah paling banyak 2 angka di belakang koma.' : 'Rupiah takes at most 2 decimal places.';
  }
}
