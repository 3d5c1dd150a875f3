/**
 * Indonesian formatting for the exported reports, on the same formatters the rules use in their
 * explanations, so a figure reads the same in the status box as in the rule's own sentence:
 * percentages "40,00", deviations with their sign "-10,01" / "+1,50" (hyphen-minus: the PDF's
 * standard font has no U+2212), Rupiah "Rp 17.863.250.000", dates "9 Oktober 2023".
 */
import { fmtDate, fmtNum, fmtRp, fmtSigned } from '../rules/common.js';

/** 40 → "40,00" (two decimals, Indonesian separators). */
export const pct = (x: number) => fmtNum(x, 'id');
/** −10.01 → "-10,01", 1.5 → "+1,50", 0 → "0,00". */
export const signed = (x: number) => fmtSigned(x, 'id');
/** 17863250000 → "Rp 17.863.250.000" (whole rupiah). */
export const rupiah = (x: number) => fmtRp(Math.round(x), 'id');
/** "2023-10-09" → "9 Oktober 2023". */
export const tanggal = (iso: string) => fmtDate(iso, 'id');
/** "9 Oktober 2023 – 15 Oktober 2023". */
export const periode = (start: string, end: string) => `${tanggal(start)} – ${tanggal(end)}`;

/** A moment in Jakarta time: "12 Oktober 2023 14.05 WIB". */
export function wib(at: Date): string {
  const parts = new Intl.DateTimeFormat('id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Asia/Jakarta',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')} ${part('month')} ${part('year')} ${part('hour')}.${part('minute')} WIB`;
}

/** The EXIF camera time "2023-10-12 09:30:00" as "12 Oktober 2023 09.30.00 (jam kamera)". */
export function cameraTime(takenAt: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(takenAt);
  if (!m?.[1]) return takenAt;
  return `${tanggal(m[1])} ${m[2]}.${m[3]}.${m[4]} (jam kamera)`;
}

const coord = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 6, maximumFractionDigits: 6 });
/** −7.47, 112.44 → "7,470094° LS, 112,441667° BT" (lintang selatan/utara, bujur timur/barat). */
export function gps(latitude: number, longitude: number): string {
  const lat = `${coord.format(Math.abs(latitude))}° ${latitude < 0 ? 'LS' : 'LU'}`;
  const lon = `${coord.format(Math.abs(longitude))}° ${longitude < 0 ? 'BB' : 'BT'}`;
  return `${lat}, ${lon}`;
}

/** The characters of Windows-1252 above Latin-1's range, which the standard PDF fonts can show. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const REPLACEMENTS: Record<string, string> = {
  '≤': '<=',
  '≥': '>=',
  '→': '->',
  '←': '<-',
  '−': '-',
  '≈': '~',
  '≠': '!=',
  '\u00a0': ' ',
  '\u202f': ' ',
};

/**
 * Text for the standard Helvetica font, which is encoded in WinAnsi: Indonesian needs nothing
 * more, but the rules' explanations use ≤, ≥, → and −, which would print as garbage. They become
 * "<=", ">=", "->", "-"; letters with other accents lose the accent; anything else becomes "?".
 */
export function pdfText(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (REPLACEMENTS[ch] !== undefined) out += REPLACEMENTS[ch];
    else if (code === 0x0a || (code >= 0x20 && code <= 0x7e) || (code >= 0xa1 && code <= 0xff)) out += ch;
    else if (WIN_ANSI_EXTRA.has(ch)) out += ch;
    else {
      const bare = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      out += /^[\x20-\x7e]+$/.test(bare) ? bare : '?';
    }
  }
  return out;
}
