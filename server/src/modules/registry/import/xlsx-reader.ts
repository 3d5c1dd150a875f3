import { createInflateRaw, inflateRawSync } from 'node:zlib';
import type { Cell, SheetRow } from './read-spreadsheet.js';
import { listZipEntries, type ZipEntry } from './spreadsheet-file.js';

/**
 * A lean xlsx reader for the importer's one need: the cell values of each sheet, row by row, plus
 * the merged ranges. exceljs builds a full object model (styles, every cell as an object) and
 * spends most of a 10,000-row import in garbage collection; this reads the sheet XML as it
 * inflates and stops as soon as a sheet passes the row limit. Anything it does not understand
 * throws a plain Error, and the caller falls back to exceljs.
 */
export interface FastSheet {
  name: string;
  rows: SheetRow[];
  /** Merged ranges as written in the file, e.g. "A1:B1". */
  merges: string[];
}

type RawCell = { kind: 'shared'; index: number } | { kind: 'value'; value: Cell };

/** Thrown as soon as a sheet passes the row limit; the caller turns it into the user's message. */
export class TooManyRowsError extends Error {}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decodeXml(s: string): string {
  if (!s.includes('&') && !s.includes('_x')) return s;
  return s
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(
            e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)),
          )
        : (ENTITIES[e] ?? m),
    )
    .replace(/_x([0-9a-f]{4})_/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

const attr = (attrs: string, name: string) => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1];
// The per-cell attributes, compiled once: this runs for every cell of the sheet.
const R_ATTR = /(?:^|\s)r="([^"]*)"/;
const S_ATTR = /(?:^|\s)s="([^"]*)"/;
const T_ATTR = /(?:^|\s)t="([^"]*)"/;

function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + code - 64;
  }
  return n - 1;
}

/** Concatenated text of every <t> run, leaving out phonetic guides (<rPh>). */
function textRuns(xml: string): string {
  const clean = xml.includes('rPh') ? xml.replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh>/g, '') : xml;
  let out = '';
  for (const m of clean.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?t>/g)) out += m[1];
  return decodeXml(out);
}

class Zip {
  private readonly entries: Map<string, ZipEntry>;
  constructor(private readonly bytes: Buffer) {
    this.entries = new Map(listZipEntries(bytes).map((e) => [e.name, e]));
  }
  private data(name: string) {
    const e = this.entries.get(name);
    if (!e) return undefined;
    const at = e.offset;
    if (this.bytes.readUInt32LE(at) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    const start = at + 30 + this.bytes.readUInt16LE(at + 26) + this.bytes.readUInt16LE(at + 28);
    return { entry: e, raw: this.bytes.subarray(start, start + e.compressedSize) };
  }
  text(name: string): string | undefined {
    const d = this.data(name);
    if (!d) return undefined;
    if (d.entry.method === 0) return d.raw.toString('utf8');
    if (d.entry.method !== 8) throw new Error(`compression ${d.entry.method}`);
    return inflateRawSync(d.raw).toString('utf8');
  }
  /** Inflates an entry chunk by chunk (UTF-8 decoded), so a huge sheet never sits whole in memory. */
  async *chunks(name: string): AsyncGenerator<string> {
    const d = this.data(name);
    if (!d) throw new Error(`missing ${name}`);
    if (d.entry.method === 0) {
      yield d.raw.toString('utf8');
      return;
    }
    const inflate = createInflateRaw();
    inflate.setEncoding('utf8');
    inflate.end(d.raw);
    try {
      for await (const chunk of inflate) yield chunk as string;
    } finally {
      inflate.destroy();
    }
  }
}

/** Built-in number formats Excel shows as dates and times. */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare);
}

function dateStyles(stylesXml: string | undefined): boolean[] {
  if (!stylesXml) return [];
  const custom = new Map<number, string>();
  for (const m of stylesXml.matchAll(/<(?:\w+:)?numFmt\b([^>]*)\/?>/g))
    custom.set(Number(attr(m[1] ?? '', 'numFmtId')), decodeXml(attr(m[1] ?? '', 'formatCode') ?? ''));
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(stylesXml)?.[1] ?? '';
  return [...xfs.matchAll(/<(?:\w+:)?xf\b([^>]*)/g)].map((m) => {
    const id = Number(attr(m[1] ?? '', 'numFmtId') ?? 0);
    const code = custom.get(id);
    return code === undefined ? DATE_FORMAT_IDS.has(id) : isDateFormat(code);
  });
}

const ROW = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const VALUE = /<(?:\w+:)?v(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?v>/;

function excelDate(serial: number, date1904: boolean): Date {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.round(serial * 86_400_000));
}

/** Reads one worksheet's rows, refusing it once it holds more than `maxRows` non-empty rows. */
async function readSheet(
  zip: Zip,
  path: string,
  isDate: boolean[],
  date1904: boolean,
  maxRows: number,
): Promise<{ rows: { rowNumber: number; cells: RawCell[] }[]; merges: string[] }> {
  const rows: { rowNumber: number; cells: RawCell[] }[] = [];
  let buffer = '';
  let lastRow = 0;
  const take = (final: boolean) => {
    ROW.lastIndex = 0;
    let consumed = 0;
    for (let m = ROW.exec(buffer); m; m = ROW.exec(buffer)) {
      consumed = ROW.lastIndex;
      const rowNumber = Number(R_ATTR.exec(m[1] ?? '')?.[1] ?? lastRow + 1);
      lastRow = rowNumber;
      const cells = parseCells(m[2] ?? '', isDate, date1904);
      if (cells.some((c) => c.kind === 'shared' || c.value !== null)) {
        rows.push({ rowNumber, cells });
        if (rows.length > maxRows) throw new TooManyRowsError();
      }
    }
    // Keep only what follows the last complete row: an unfinished one, or the sheet's tail.
    buffer = final ? buffer : buffer.slice(consumed);
  };
  for await (const chunk of zip.chunks(path)) {
    buffer += chunk;
    if (buffer.length > 1 << 20) take(false);
  }
  take(true);
  const merges = [...buffer.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\bref="([^"]+)"/g)].map(
    (m) => m[1] as string,
  );
  return { rows, merges };
}

function parseCells(xml: string, isDate: boolean[], date1904: boolean): RawCell[] {
  const cells: RawCell[] = [];
  let next = 0;
  CELL.lastIndex = 0;
  for (let m = CELL.exec(xml); m; m = CELL.exec(xml)) {
    const attrs = m[1] ?? '';
    const inner = m[2] ?? '';
    const ref = R_ATTR.exec(attrs)?.[1];
    const col = ref ? columnIndex(ref) : next;
    next = col + 1;
    const type = T_ATTR.exec(attrs)?.[1] ?? 'n';
    const v = VALUE.exec(inner)?.[1];
    let cell: RawCell;
    if (type === 's')
      cell = v === undefined ? { kind: 'value', value: null } : { kind: 'shared', index: Number(v) };
    else if (type === 'inlineStr') cell = { kind: 'value', value: textRuns(inner) };
    else if (v === undefined) cell = { kind: 'value', value: null };
    else if (type === 'str' || type === 'e') cell = { kind: 'value', value: decodeXml(v) };
    else if (type === 'b') cell = { kind: 'value', value: v === '1' || v === 'true' };
    else if (type === 'd') cell = { kind: 'value', value: new Date(v) };
    else {
      const n = Number(v);
      if (Number.isNaN(n)) throw new Error(`number cell ${v}`);
      cell = {
        kind: 'value',
        value: isDate[Number(S_ATTR.exec(attrs)?.[1] ?? 0)] ? excelDate(n, date1904) : n,
      };
    }
    while (cells.length < col) cells.push({ kind: 'value', value: null });
    cells[col] = cell;
  }
  return cells;
}

/** Sheets in workbook order with their names and the paths of their XML parts. */
function sheetParts(zip: Zip): { name: string; path: string }[] {
  const workbook = zip.text('xl/workbook.xml');
  const rels = zip.text('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) throw new Error('no workbook parts');
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)\/?>/g)) {
    const id = attr(m[1] ?? '', 'Id');
    const target = attr(m[1] ?? '', 'Target');
    if (id && target)
      targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
  }
  return [...workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)\/?>/g)].map((m) => {
    const attrs = m[1] ?? '';
    const path = targets.get(/\br:id="([^"]+)"/.exec(attrs)?.[1] ?? attr(attrs, 'r:id') ?? '');
    if (!path) throw new Error('sheet without part');
    return { name: decodeXml(attr(attrs, 'name') ?? ''), path };
  });
}

/** Every sheet's non-empty rows (values only) and merged ranges. */
export async function readXlsxFast(bytes: Buffer, maxRows: number): Promise<FastSheet[]> {
  const zip = new Zip(bytes);
  const parts = sheetParts(zip);
  const workbook = zip.text('xl/workbook.xml') ?? '';
  const date1904 = /date1904="(1|true)"/.test(workbook);
  const isDate = dateStyles(zip.text('xl/styles.xml'));
  const raw = [];
  for (const part of parts)
    raw.push({ name: part.name, ...(await readSheet(zip, part.path, isDate, date1904, maxRows)) });

  // Shared strings last: a file refused for its size never pays for them.
  const sharedXml = zip.text('xl/sharedStrings.xml') ?? '';
  const shared = [...sharedXml.matchAll(/<(?:\w+:)?si\b[^>]*>([\s\S]*?)<\/(?:\w+:)?si>/g)].map((m) =>
    textRuns(m[1] ?? ''),
  );
  const value = (c: RawCell): Cell => {
    const v = c.kind === 'shared' ? (shared[c.index] ?? null) : c.value;
    if (typeof v !== 'string') return v;
    const s = v.trim();
    return s === '' ? null : s;
  };
  return raw.map((sheet) => ({
    name: sheet.name,
    merges: sheet.merges,
    rows: sheet.rows
      .map((r) => ({ rowNumber: r.rowNumber, cells: r.cells.map(value) }))
      .filter((r) => r.cells.some((c) => c !== null)),
  }));
}
