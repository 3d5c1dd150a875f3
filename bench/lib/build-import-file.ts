/**
 * Child-process entry: builds the import xlsx outside the benchmark process, so the exceljs
 * workbook does not count in that process's peak RSS. Reads { rows, nibs } as JSON on stdin,
 * writes the xlsx bytes to stdout.
 */
import { buildImportWorkbook } from './import-export.js';

let input = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) input += chunk;
const { rows, nibs } = JSON.parse(input) as { rows: number; nibs: string[] };
process.stdout.write(await buildImportWorkbook(rows, nibs));
