import { describe, expect, it } from 'vitest';
import { describeNumberProblem, type NumberKind, parseIndonesianNumber } from './indonesian-number.js';

const value = (input: unknown, kind: NumberKind = 'rupiah') => {
  const r = parseIndonesianNumber(input, kind);
  if (!r.ok) throw new Error(`expected a number from ${String(input)}, got ${r.problem.code}`);
  return r.value;
};
const reason = (input: unknown, kind: NumberKind = 'rupiah', lang: 'id' | 'en' = 'id') => {
  const r = parseIndonesianNumber(input, kind);
  if (r.ok) throw new Error(`expected a problem for ${String(input)}, got ${r.value}`);
  return describeNumberProblem(r.problem, lang, kind);
};

describe('Indonesian numbers', () => {
  it.each([
    ['Rp 1.500.000', 1_500_000],
    ['Rp1.500.000', 1_500_000],
    ['Rp. 1.500.000,-', 1_500_000],
    ['IDR 250.000', 250_000],
    ['1.500.000', 1_500_000],
    ['1500000', 1_500_000],
    ['1.500', 1_500],
    ['Rp1,5 jt', 1_500_000],
    ['1,5 juta', 1_500_000],
    ['1,25jt', 1_250_000],
    ['750 rb', 750_000],
    ['2 M', 2_000_000_000],
    ['2 miliar', 2_000_000_000],
    ['2,5 milyar', 2_500_000_000],
    ['1.250,50', 1_250.5],
    ['12,5', 12.5],
    ['0,500', 0.5],
    ['  18.000.000.000  ', 18_000_000_000],
  ])('reads %j as %d', (input, expected) => {
    expect(value(input)).toBe(expected);
  });

  it('takes Excel numeric cells as they are, rounding rupiah float noise to sen', () => {
    expect(value(1_500_000)).toBe(1_500_000);
    expect(value(1234.5, 'quantity')).toBe(1234.5);
    expect(value(1100.0000000000002)).toBe(1100);
    expect(value(0, 'count')).toBe(0);
  });

  it('reads an empty cell as no value, not zero', () => {
    expect(value(null)).toBeNull();
    expect(value('   ')).toBeNull();
    expect(value(undefined, 'count')).toBeNull();
  });

  it('refuses "1,500" for rupiah: it could be fifteen hundred or one and a half', () => {
    expect(reason('1,500')).toBe(
      'Meragukan: bisa berarti 1.500 atau 1,5. Tulis 1.500 (titik untuk ribuan) atau 1,5 (koma untuk desimal).',
    );
    expect(reason('Rp 1,500', 'rupiah', 'en')).toBe(
      'Ambiguous: could be 1.500 or 1,5. Write 1.500 (dot for thousands) or 1,5 (comma for decimals).',
    );
  });

  it('refuses English number formats and says how to write them', () => {
    expect(reason('1,500,000')).toBe(
      'Format angka Inggris. Pakai titik untuk ribuan dan koma untuk desimal, mis. 1.500.000.',
    );
    expect(reason('1,250.50')).toMatch(/mis\. 1\.250,50\.$/);
  });

  it('refuses a dot used as a decimal point', () => {
    expect(reason('12.5', 'quantity')).toBe(
      'Titik hanya untuk memisahkan ribuan (1.500.000); untuk desimal pakai koma, mis. 12,5.',
    );
    expect(reason('1.50.000')).toMatch(/^Titik hanya untuk memisahkan ribuan/);
  });

  it('refuses words, negative counts and fractions of a worker', () => {
    expect(reason('lima', 'count')).toBe('Bukan angka. Tulis dengan angka, mis. 12.');
    expect(reason('satu juta')).toBe(
      'Bukan angka. Tulis dengan angka, mis. 1.500.000, Rp 1.500.000 atau 1,5 jt.',
    );
    expect(reason('-3', 'count')).toBe('Tidak boleh negatif.');
    expect(reason(-3, 'count')).toBe('Tidak boleh negatif.');
    expect(reason('−3', 'count')).toBe('Tidak boleh negatif.');
    expect(reason('(500.000)')).toBe('Tidak boleh negatif.');
    expect(reason('12,5', 'count')).toBe('Harus bilangan bulat.');
    expect(reason(2.5, 'count', 'en')).toBe('Must be a whole number.');
    expect(value('12 orang', 'count')).toBe(12);
  });

  it('refuses what is not a number at all', () => {
    for (const input of ['M', 'jt', 'Rp', '1e6', '1.500.', '12,', true, new Date(0), '1 500 000'])
      expect(parseIndonesianNumber(input, 'rupiah').ok).toBe(false);
  });

  it('refuses rupiah below the sen', () => {
    expect(reason('Rp 1.500,555')).toBe('Rupiah paling banyak 2 angka di belakang koma.');
    expect(value('1,2345 jt')).toBe(1_234_500);
  });
});
