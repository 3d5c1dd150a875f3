import type { Bilingual, Lang } from '../../../lib/lang.js';
import { fill } from '../../../plugins/error-catalogue.js';

/**
 * Why a row cannot be imported, in both languages. Field-format messages shared with the forms
 * come from validation-messages.ts and the error catalogue; these are the spreadsheet's own.
 */
const REASONS = {
  legal_form: {
    id: 'Bentuk usaha tidak dikenal. Pilih salah satu: perorangan, UD, CV, PT, koperasi.',
    en: 'Unknown legal form. Choose one of: perorangan, UD, CV, PT, koperasi.',
  },
  technique: {
    id: 'Teknik tidak dikenal: {value}. Pilih dari: tulis, cap, kombinasi, printing (pisahkan dengan koma).',
    en: 'Unknown technique: {value}. Choose from: tulis, cap, kombinasi, printing (comma-separated).',
  },
  market: {
    id: 'Jangkauan pasar tidak dikenal: {value}. Pilih dari: lokal, nasional, ekspor (pisahkan dengan koma).',
    en: 'Unknown market reach: {value}. Choose from: lokal, nasional, ekspor (comma-separated).',
  },
  date: {
    id: 'Tanggal tidak dikenali. Pakai sel tanggal Excel, atau tulis 15/02/2024 atau 2024-02-15.',
    en: 'Unrecognised date. Use an Excel date cell, or write 15/02/2024 or 2024-02-15.',
  },
  yes_no: { id: 'Tulis ya atau tidak.', en: 'Write ya (yes) or tidak (no).' },
  gender: { id: 'Tulis L (laki-laki) atau P (perempuan).', en: 'Write L (male) or P (female).' },
  year: { id: 'Tulis tahun dengan 4 angka, mis. 2012.', en: 'Write the year with 4 digits, e.g. 2012.' },
  owner_name_required: {
    id: 'Isi nama pemilik bila jenis kelamin atau telepon pemilik diisi.',
    en: "Fill in the owner's name when the owner's gender or phone is given.",
  },
  template_example: {
    id: 'Ini baris contoh dari templat. Hapus baris ini atau ganti dengan data usaha Anda.',
    en: "This is the template's example row. Delete it or replace it with your business data.",
  },
  duplicate_nib: {
    id: 'NIB ini juga tertulis di baris {row}. Satu usaha cukup satu baris: gabungkan kedua baris.',
    en: 'This NIB also appears in row {row}. One business takes one row: merge the two rows.',
  },
  duplicate_name: {
    id: 'Usaha dengan nama dan kelurahan yang sama sudah ada di baris {row}. Gabungkan kedua baris, atau isi NIB yang berbeda.',
    en: 'Row {row} already holds a business with the same name and kelurahan. Merge the rows, or give each its NIB.',
  },
  duplicate_match: {
    id: 'Baris ini dan baris {row} sama-sama cocok dengan usaha "{name}" yang sudah terdaftar. Gabungkan kedua baris.',
    en: 'This row and row {row} both match the registered business "{name}". Merge the two rows.',
  },
  nib_other_centre: {
    id: 'NIB {nib} sudah terdaftar untuk usaha di sentra lain. Periksa NIB-nya, atau hubungi admin Dinas.',
    en: 'NIB {nib} is already registered to a business of another centre. Check the NIB, or contact the Dinas administrator.',
  },
} as const satisfies Record<string, Bilingual>;

export type ReasonKey = keyof typeof REASONS;

export function reason(key: ReasonKey, lang: Lang, params?: Record<string, string | number>): string {
  return fill(REASONS[key][lang], params);
}
