/**
 * The RAB importer's view of an uploaded file: refused with a RabFileError when it is not an xlsx
 * workbook we can read, otherwise every sheet's non-empty rows (cell values, formulas as their
 * cached results) and merged ranges.
 *
 * The bytes decide what the file is (a name or MIME type only says what the sender believes). The
 * lean reader of the registry importer reads the sheets; exceljs is the fallback for a construct it
 * does not know. Both stop long before a runaway sheet fills the memory.
 */
import ExcelJS from 'exceljs';
import type { Bilingual } from '../../../lib/lang.js';
import { type Cell, type SheetRow, toCell } from '../../registry/import/read-spreadsheet.js';
import { listZipEntries } from '../../registry/import/spreadsheet-file.js';
import { readXlsxFast, TooManyRowsError } from '../../registry/import/xlsx-reader.js';

export type { Cell, SheetRow };

export type RabFileErrorCode =
  | 'empty_file'
  | 'legacy_xls'
  | 'encrypted'
  | 'not_xlsx'
  | 'corrupt'
  | 'too_large'
  | 'empty_workbook'
  | 'no_header'
  | 'no_week_columns'
  | 'too_many_rows';

/** The whole file cannot be imported; `explanation` is fit to show to the officer. */
export class RabFileError extends Error {
  constructor(
    readonly code: RabFileErrorCode,
    readonly explanation: Bilingual,
    readonly details: Record<string, unknown> = {},
  ) {
    super(explanation.en);
    this.name = 'RabFileError';
  }
}

export interface RabSheet {
  name: string;
  rows: SheetRow[];
  /** As written in the file, e.g. "A9:A10". */
  merges: string[];
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** OLE compound file: an old .xls, or an xlsx that Excel encrypted with a password (it wraps the zip). */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
/** Stream name Excel gives the encryption header inside the OLE container, in UTF-16LE. */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');
/** Uncompressed content allowed: far above any RAB, far below a zip bomb. */
const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
/** Worksheet XML above this is not opened with exceljs (it builds every cell as an object). */
const MAX_EXCELJS_SHEET_BYTES = 64 * 1024 * 1024;

const fmtInt = (n: number, lang: 'id' | 'en') => n.toLocaleString(lang === 'id' ? 'id-ID' : 'en-US');

/** What the first bytes say the file is, for the message when it is not an xlsx. */
function sniff(bytes: Buffer): Bilingual {
  const head = bytes.subarray(0, 8).toString('latin1');
  if (head.startsWith('%PDF')) return { id: 'sebuah PDF', en: 'a PDF' };
  if (head.startsWith('\x89PNG') || head.startsWith('\xff\xd8\xff'))
    return { id: 'sebuah gambar', en: 'an image' };
  if (!bytes.subarray(0, 4096).includes(0)) return { id: 'berkas teks (CSV?)', en: 'a text file (CSV?)' };
  return { id: 'berkas jenis lain', en: 'some other kind of file' };
}

function checkContainer(bytes: Buffer): { worksheetBytes: number } {
  if (bytes.length === 0)
    throw new RabFileError('empty_file', {
      id: 'Berkas kosong (0 bait). Unggah berkas RAB .xlsx.',
      en: 'The file is empty (0 bytes). Upload the RAB as an .xlsx file.',
    });
  if (bytes.subarray(0, 4).equals(OLE_MAGIC)) {
    if (bytes.includes(ENCRYPTION_INFO))
      throw new RabFileError('encrypted', {
        id: 'Berkas Excel ini dilindungi kata sandi. Buka di Excel, hapus kata sandinya (File › Info › Lindungi Buku Kerja), simpan, lalu unggah lagi.',
        en: 'This Excel file is password-protected. Open it in Excel, remove the password (File › Info › Protect Workbook), save and upload it again.',
      });
    throw new RabFileError('legacy_xls', {
      id: 'Berkas ini format Excel lama (.xls). Buka di Excel lalu simpan sebagai "Buku Kerja Excel (.xlsx)" dan unggah lagi.',
      en: 'This is an old-format Excel file (.xls). Open it in Excel, save it as "Excel Workbook (.xlsx)" and upload it again.',
    });
  }
  if (!bytes.subarray(0, 4).equals(ZIP_MAGIC)) {
    const what = sniff(bytes);
    throw new RabFileError('not_xlsx', {
      id: `Berkas ini bukan buku kerja Excel (.xlsx), melainkan ${what.id}. Unggah RAB dan kurva S dalam format .xlsx.`,
      en: `This file is not an Excel workbook (.xlsx) but ${what.en}. Upload the RAB and S-curve as an .xlsx file.`,
    });
  }
  let entries: ReturnType<typeof listZipEntries>;
  try {
    entries = listZipEntries(bytes);
  } catch {
    throw corrupt('zip directory');
  }
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) {
    const ods = entries.some((e) => e.name === 'content.xml');
    throw new RabFileError('not_xlsx', {
      id: `Berkas ini arsip zip, tetapi bukan buku kerja Excel${ods ? ' (tampaknya OpenDocument .ods)' : ''}. Simpan sebagai .xlsx lalu unggah lagi.`,
      en: `This file is a zip archive but not an Excel workbook${ods ? ' (it looks like OpenDocument .ods)' : ''}. Save it as .xlsx and upload it again.`,
    });
  }
  if (entries.some((e) => e.encrypted))
    throw new RabFileError('encrypted', {
      id: 'Isi berkas .xlsx ini terenkripsi. Simpan ulang tanpa kata sandi lalu unggah lagi.',
      en: 'The contents of this .xlsx file are encrypted. Save it again without a password and upload it again.',
    });
  const total = entries.reduce((s, e) => s + e.uncompressedSize, 0);
  if (total > MAX_UNZIPPED_BYTES) {
    const mb = Number.isFinite(total) ? Math.round(total / 1024 / 1024) : Number.POSITIVE_INFINITY;
    throw new RabFileError(
      'too_large',
      {
        id: `Isi berkas terlalu besar (${Number.isFinite(mb) ? `${fmtInt(mb, 'id')} MB` : 'lebih dari 4 GB'} setelah diekstrak). Hapus lembar yang tidak perlu (mis. analisa harga satuan) lalu unggah lagi.`,
        en: `The file's contents are too large (${Number.isFinite(mb) ? `${fmtInt(mb, 'en')} MB` : 'over 4 GB'} unpacked). Remove the sheets you do not need (e.g. the unit-price analyses) and upload it again.`,
      },
      { unzippedBytes: total },
    );
  }
  const worksheetBytes = entries
    .filter((e) => e.name.startsWith('xl/worksheets/') && e.name.endsWith('.xml'))
    .reduce((s, e) => s + e.uncompressedSize, 0);
  return { worksheetBytes };
}

const corrupt = (detail: string) =>
  new RabFileError(
    'corrupt',
    {
      id: 'Berkas .xlsx ini rusak atau tidak lengkap. Buka di Excel, simpan ulang, lalu unggah lagi.',
      en: 'This .xlsx file is damaged or incomplete. Open it in Excel, save it again and upload it again.',
    },
    { detail },
  );

export function tooManyRows(sheet: string | null, count: number | null, limit: number): RabFileError {
  const where = sheet
    ? { id: `Lembar "${sheet}"`, en: `Sheet "${sheet}"` }
    : { id: 'Satu lembar', en: 'A sheet' };
  const howMany = {
    id: count === null ? `lebih dari ${fmtInt(limit, 'id')}` : fmtInt(count, 'id'),
    en: count === null ? `more than ${fmtInt(limit, 'en')}` : fmtInt(count, 'en'),
  };
  return new RabFileError(
    'too_many_rows',
    {
      id: `${where.id} berisi ${howMany.id} baris terisi; batas satu RAB ${fmtInt(limit, 'id')} baris. Pisahkan RAB per lembar atau hapus baris yang tidak perlu.`,
      en: `${where.en} holds ${howMany.en} non-empty rows; a RAB may have at most ${fmtInt(limit, 'en')}. Split it or remove the rows you do not need.`,
    },
    { sheet, count, limit },
  );
}

/**
 * Every sheet of the workbook, read up to `sheetRowLimit` non-empty rows each (a sheet beyond it
 * is refused). `engine: 'exceljs'` skips the lean reader (for tests).
 */
export async function readRabWorkbook(
  bytes: Buffer,
  sheetRowLimit: number,
  engine: 'auto' | 'exceljs' = 'auto',
): Promise<RabSheet[]> {
  const { worksheetBytes } = checkContainer(bytes);
  if (engine === 'auto') {
    const sheets = await readXlsxFast(bytes, sheetRowLimit).catch((err: unknown) => {
      if (err instanceof TooManyRowsError) throw tooManyRows(null, null, sheetRowLimit);
      return null; // a construct the lean reader does not know: exceljs reads it
    });
    if (sheets) return sheets;
  }
  if (worksheetBytes > MAX_EXCELJS_SHEET_BYTES) throw tooManyRows(null, null, sheetRowLimit);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    throw corrupt(`exceljs: ${(err as Error).message}`);
  }
  return workbook.worksheets.map((ws) => {
    const rows: SheetRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        // exceljs answers a merged cell with its master's value; the lean reader leaves it empty.
        if (cell.type === ExcelJS.ValueType.Merge) return;
        while (cells.length < colNumber - 1) cells.push(null);
        cells[colNumber - 1] = toCell(cell.value);
      });
      if (cells.some((c) => c !== null)) rows.push({ rowNumber, cells });
    });
    if (rows.length > sheetRowLimit) throw tooManyRows(ws.name, rows.length, sheetRowLimit);
    return { name: ws.name, rows, merges: ws.model.merges ?? [] };
  });
}
