import type { SheetRow } from './read-spreadsheet.js';

/**
 * Decodes an uploaded CSV: UTF-8 with or without BOM; a file that is not valid UTF-8 is taken as
 * Windows-1252, which is what Excel on Windows writes when one picks plain "CSV".
 */
export function decodeCsv(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * The separator of the file: Excel in an Indonesian locale writes ";" (the comma is the decimal
 * mark there), elsewhere ",". Counted on the first line, outside quotes.
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const c of text.slice(0, 64 * 1024)) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in counts) counts[c as keyof typeof counts]++;
  }
  if (counts[';'] > counts[',']) return counts['\t'] > counts[';'] ? '\t' : ';';
  return counts['\t'] > counts[','] ? '\t' : ',';
}

/**
 * RFC 4180 records (quoted fields, doubled quotes, CRLF/LF, newlines inside quotes). Row numbers
 * count records the way Excel shows the file, blank lines included; blank records are dropped.
 */
export function parseCsvRows(text: string, delimiter: string): SheetRow[] {
  const rows: SheetRow[] = [];
  let cells: (string | null)[] = [];
  let field = '';
  let quoted = false;
  let rowNumber = 1;
  const endField = () => {
    const v = field.trim();
    cells.push(v === '' ? null : v);
    field = '';
  };
  const endRow = () => {
    endField();
    if (cells.some((c) => c !== null)) rows.push({ rowNumber, cells });
    cells = [];
    rowNumber++;
  };
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field.trim() === '') {
      field = '';
      quoted = true;
    } else if (c === delimiter) endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      endRow();
    } else field += c;
  }
  if (field !== '' || cells.length) endRow();
  return rows;
}
