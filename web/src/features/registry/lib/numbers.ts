/**
 * Numbers as people type them in Indonesia: a dot groups thousands ("1.500.000"), a comma marks
 * decimals ("12,5"). Rupiah may carry "Rp" and a word for the magnitude ("1,5 jt", "2 miliar").
 * Anything that could be read two ways ("1.5", "1,500") is refused rather than guessed.
 */
export type Parsed = { ok: true; value: number | null } | { ok: false };

const GROUPED = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
const PLAIN = /^\d+(,\d+)?$/;
const UNITS: readonly [RegExp, number][] = [
  [/(rb|ribu|k)$/, 1e3],
  [/(jt|juta)$/, 1e6],
  [/(m|miliar|milyar|b)$/, 1e9],
  [/(t|triliun)$/, 1e12],
];

function digits(text: string): number | null {
  // "1,500": one and a half in Indonesian, fifteen hundred in English. Ask instead of guessing.
  if (/,\d{3}$/.test(text)) return null;
  if (GROUPED.test(text) || PLAIN.test(text)) return Number(text.replace(/\./g, '').replace(',', '.'));
  return null;
}

function signed(text: string, read: (rest: string) => number | null): Parsed {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const negative = trimmed.startsWith('-');
  const value = read(negative ? trimmed.slice(1).trim() : trimmed);
  if (value === null || !Number.isFinite(value)) return { ok: false };
  return { ok: true, value: negative ? -value : value };
}

/** "Rp 1.500.000" → 1500000, "1,5 jt" → 1500000; empty → null. */
export function parseRupiah(text: string): Parsed {
  return signed(text, (rest) => {
    let s = rest
      .toLowerCase()
      .replace(/^rp\.?/, '')
      .replace(/\s+/g, '');
    let factor = 1;
    for (const [unit, multiplier] of UNITS) {
      if (unit.test(s)) {
        s = s.replace(unit, '');
        factor = multiplier;
        break;
      }
    }
    const value = digits(s);
    // Rupiah have at most two decimals; "1,5 jt" may have more before the multiplier.
    return value === null ? null : Math.round(value * factor * 100) / 100;
  });
}

/** Quantities (metres, kWh, litres): "1.200", "12,5". */
export function parseDecimal(text: string): Parsed {
  return signed(text, (rest) => digits(rest.replace(/\s+/g, '')));
}

/** Whole numbers (workers, machines): "12", "1.200"; a decimal is refused. */
export function parseCount(text: string): Parsed {
  return signed(text, (rest) => {
    const value = digits(rest.replace(/\s+/g, ''));
    return value !== null && Number.isInteger(value) ? value : null;
  });
}

/** Coordinates are written with a dot or a comma as the decimal mark: "-7,4726" or "-7.4726". */
export function parseCoordinate(text: string): Parsed {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (!/^-?\d{1,3}([.,]\d+)?$/.test(trimmed)) return { ok: false };
  return { ok: true, value: Number(trimmed.replace(',', '.')) };
}

/** The way a number is shown back in an input: "1.500.000", "12,5". */
export function toInputText(value: number | null | undefined): string {
  if (value == null) return '';
  return new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2, useGrouping: true }).format(value);
}

/** A whole number without grouping (years, coordinates as typed). */
export function toPlainText(value: number | null | undefined): string {
  return value == null ? '' : String(value);
}
