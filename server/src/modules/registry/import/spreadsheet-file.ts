import { AppError } from '../../../lib/app-error.js';

/**
 * What an uploaded file is, from its bytes only: a name or a MIME type says what the sender
 * believes, not what the file holds (a PNG renamed .xlsx, an xlsx saved as .csv).
 */
export type FileKind = 'xlsx' | 'csv';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** OLE compound file: an old .xls, or an xlsx Excel encrypted with a password (it wraps the zip). */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** Uncompressed content allowed inside a 20 MB xlsx: well above real sheets, far below a zip bomb. */
export const MAX_UNZIPPED_BYTES = 400 * 1024 * 1024;

export function detectFileKind(bytes: Buffer): FileKind {
  if (bytes.length === 0) throw new AppError('IMPORT_EMPTY', {}, 'empty upload');
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) return 'xlsx';
  if (bytes.subarray(0, 4).equals(OLE_MAGIC)) throw new AppError('IMPORT_ENCRYPTED', {}, 'OLE container');
  if (looksLikeText(bytes)) return 'csv';
  throw new AppError('IMPORT_UNSUPPORTED_FILE', {}, `magic ${bytes.subarray(0, 4).toString('hex')}`);
}

/** Text has no NUL bytes and few control characters in its first kilobytes (images and PDFs do). */
function looksLikeText(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control <= head.length / 100;
}

export interface ZipEntry {
  name: string;
  uncompressedSize: number;
  compressedSize: number;
  /** 0 stored, 8 deflated. */
  method: number;
  /** Where the entry's local header starts. */
  offset: number;
  encrypted: boolean;
}

/**
 * Lists a zip's entries from its central directory without inflating anything, so an xlsx can
 * be refused (not an Excel workbook, encrypted entries, a zip bomb) before exceljs opens it.
 */
export function listZipEntries(bytes: Buffer): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) throw new AppError('IMPORT_CORRUPT', {}, 'no end of central directory');
  const count = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50)
      throw new AppError('IMPORT_CORRUPT', {}, 'bad central directory');
    const flags = bytes.readUInt16LE(at + 8);
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    entries.push({
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      // 0xFFFFFFFF means ZIP64: more than 4 GB, far beyond any sheet we accept.
      uncompressedSize: size === 0xffffffff ? Number.POSITIVE_INFINITY : size,
      compressedSize: bytes.readUInt32LE(at + 20),
      method: bytes.readUInt16LE(at + 10),
      offset: bytes.readUInt32LE(at + 42),
      encrypted: (flags & 1) === 1,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) if (bytes.readUInt32LE(i) === 0x06054b50) return i;
  return -1;
}

/** Refuses a zip that is not a readable workbook; returns the total size of its worksheets. */
export function checkWorkbookZip(bytes: Buffer): { worksheetBytes: number } {
  const entries = listZipEntries(bytes);
  if (!entries.some((e) => e.name === 'xl/workbook.xml'))
    throw new AppError('IMPORT_UNSUPPORTED_FILE', {}, 'zip without xl/workbook.xml');
  if (entries.some((e) => e.encrypted)) throw new AppError('IMPORT_ENCRYPTED', {}, 'encrypted zip entries');
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > MAX_UNZIPPED_BYTES)
    throw new AppError('FILE_TOO_LARGE', { limit: '20 MB' }, `unzipped ${total}`);
  const worksheetBytes = entries
    .filter((e) => e.name.startsWith('xl/worksheets/') && e.name.endsWith('.xml'))
    .reduce((sum, e) => sum + e.uncompressedSize, 0);
  return { worksheetBytes };
}
