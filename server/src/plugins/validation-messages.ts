import type { Bilingual, Lang } from '../lib/lang.js';

/**
 * Field messages that schemas name by key (`z.string().regex(re, 'nib_13_digits')`), so that a
 * rule's message is written once, in both languages.
 */
export const FIELD_MESSAGES: Record<string, Bilingual> = {
  password_too_short: {
    id: 'Kata sandi minimal 10 karakter.',
    en: 'The password needs at least 10 characters.',
  },
  username_format: {
    id: 'Nama pengguna 3–40 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.',
    en: 'Username: 3–40 characters of lowercase letters, digits, dot, underscore or hyphen.',
  },
  wilayah_code_format: {
    id: 'Kode wilayah berformat 35.76.02.1001 (provinsi.kota.kecamatan.kelurahan).',
    en: 'A region code looks like 35.76.02.1001 (province.city.district.village).',
  },
  slug_format: {
    id: 'Kode alamat hanya huruf kecil, angka dan tanda hubung.',
    en: 'The slug may hold only lowercase letters, digits and hyphens.',
  },
  centre_required: {
    id: 'Pilih sentra untuk pengguna selain admin.',
    en: 'Choose a centre for any user who is not an admin.',
  },
  date_format: { id: 'Tanggal berformat TTTT-BB-HH.', en: 'A date looks like YYYY-MM-DD.' },
  kelurahan_code_format: {
    id: 'Kode kelurahan/desa berformat 35.76.02.1001 (10 digit dengan titik).',
    en: 'A village code looks like 35.76.02.1001 (10 digits with dots).',
  },
  ec_number_format: {
    id: 'Nomor permohonan hak cipta berbentuk EC00 + tahun + 6 angka, mis. EC002023079870.',
    en: 'A copyright application number is EC00 + year + 6 digits, e.g. EC002023079870.',
  },
  ec_number_year: {
    id: 'Tahun pada nomor permohonan ({year}) tidak sama dengan tahun tanggal permohonan.',
    en: 'The year in the application number ({year}) differs from the application date.',
  },
  record_number_9_digits: {
    id: 'Nomor pencatatan ciptaan terdiri dari 9 angka, mis. 001265752.',
    en: 'A copyright record number has 9 digits, e.g. 001265752.',
  },
  record_before_application: {
    id: 'Tanggal pencatatan tidak boleh sebelum tanggal permohonan.',
    en: 'The record date cannot be before the application date.',
  },
  date_in_future: {
    id: 'Tanggal ini belum terjadi: isi tanggal yang sudah lewat.',
    en: 'This date is in the future: enter a date that has passed.',
  },
  died_needs_deceased: {
    id: 'Tandai pencipta sebagai sudah meninggal bila tanggal wafat diisi.',
    en: 'Mark the creator as deceased when a date of death is given.',
  },
  required_for_status: {
    id: 'Wajib diisi untuk status ini.',
    en: 'Required for this status.',
  },
  nib_13_digits: { id: 'NIB harus 13 digit angka.', en: 'The NIB must be 13 digits.' },
  kbli_code_format: { id: 'Kode KBLI 5 digit, mis. 13134.', en: 'A KBLI code has 5 digits, e.g. 13134.' },
  nik_16_digits: { id: 'NIK harus 16 digit angka.', en: 'The NIK must be 16 digits.' },
  price_range_order: {
    id: 'Harga tertinggi tidak boleh lebih kecil dari harga terendah.',
    en: 'The highest price cannot be below the lowest.',
  },
  batikmark_category_required: {
    id: 'Batikmark wajib menyebut kategori: tulis, cap atau kombinasi.',
    en: 'A Batikmark needs its category: tulis, cap or kombinasi.',
  },
  valid_until_after_issued: {
    id: 'Tanggal berlaku sampai harus sesudah tanggal terbit.',
    en: 'The valid-until date must come after the issue date.',
  },
};

interface IssueLike {
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** Says in the user's language what is wrong with one field and how to fix it. */
export function describeIssue(issue: IssueLike, lang: Lang): string {
  const named = issue.message ? FIELD_MESSAGES[issue.message] : undefined;
  if (named) return named[lang];
  const p = issue.params;
  const id = lang === 'id';
  switch (issue.keyword) {
    case 'invalid_type': {
      // zod does not echo the input; its own message says what it received.
      const received = /received (\w+)$/.exec(issue.message ?? '')?.[1];
      if (received ? received === 'undefined' || received === 'null' : p.input == null)
        return id ? 'Wajib diisi.' : 'Required.';
      return id
        ? `Harus berupa ${typeName(String(p.expected), lang)}.`
        : `Must be ${typeName(String(p.expected), lang)}.`;
    }
    case 'too_small':
      if (p.origin === 'string')
        return Number(p.minimum) <= 1
          ? id
            ? 'Wajib diisi.'
            : 'Required.'
          : id
            ? `Minimal ${p.minimum} karakter.`
            : `At least ${p.minimum} characters.`;
      if (p.origin === 'array') return id ? `Pilih minimal ${p.minimum}.` : `Choose at least ${p.minimum}.`;
      return id ? `Minimal ${p.minimum}.` : `At least ${p.minimum}.`;
    case 'too_big':
      if (p.origin === 'string')
        return id ? `Maksimal ${p.maximum} karakter.` : `At most ${p.maximum} characters.`;
      if (p.origin === 'array') return id ? `Maksimal ${p.maximum} butir.` : `At most ${p.maximum} items.`;
      return id ? `Maksimal ${p.maximum}.` : `At most ${p.maximum}.`;
    case 'invalid_format':
      if (p.format === 'email') return id ? 'Alamat email tidak sah.' : 'Not a valid email address.';
      if (p.format === 'url')
        return id
          ? 'Alamat web tidak sah (awali dengan https://).'
          : 'Not a valid web address (start with https://).';
      if (p.format === 'date') return FIELD_MESSAGES.date_format?.[lang] ?? '';
      if (p.format === 'uuid') return id ? 'Pengenal tidak sah.' : 'Not a valid identifier.';
      return id ? 'Format tidak sesuai.' : 'Wrong format.';
    case 'invalid_value':
    case 'invalid_enum_value': {
      const values = Array.isArray(p.values) ? p.values.join(', ') : '';
      return id ? `Pilih salah satu: ${values}.` : `Choose one of: ${values}.`;
    }
    case 'unrecognized_keys': {
      const keys = Array.isArray(p.keys) ? p.keys.join(', ') : '';
      return id
        ? `Kolom tidak dikenal: ${keys}. Hapus kolom itu.`
        : `Unknown field(s): ${keys}. Remove them.`;
    }
    default:
      return id ? 'Isian tidak sah.' : 'Invalid value.';
  }
}

function typeName(expected: string, lang: Lang): string {
  const names: Record<string, Bilingual> = {
    string: { id: 'teks', en: 'text' },
    number: { id: 'angka', en: 'a number' },
    int: { id: 'bilangan bulat', en: 'a whole number' },
    boolean: { id: 'ya/tidak (true/false)', en: 'true or false' },
    object: { id: 'objek JSON', en: 'a JSON object' },
    array: { id: 'daftar', en: 'a list' },
  };
  return names[expected]?.[lang] ?? expected;
}
