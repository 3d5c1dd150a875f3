import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { AppError, notFound } from '../../../lib/app-error.js';
import type { Lang } from '../../../lib/lang.js';
import { errorMessage } from '../../../plugins/error-catalogue.js';
import { assertCentreAccess, type RequestContext } from '../../accounts/actor.js';
import { centres } from '../../centres/centres.tables.js';
import * as repo from './import.repository.js';
import { MAX_LISTED_PROBLEMS, MAX_PREVIEW_ROWS, type TImportPreview } from './import.schemas.js';
import { IMPORT_COLUMNS, type ImportField } from './import-columns.js';
import { reason } from './import-messages.js';
import { type ParsedRow, parseRow, type RowProblem, type TImportRowValues } from './parse-row.js';
import { readImportTable } from './read-spreadsheet.js';

export const IMPORT = { id: 'Impor', en: 'Import' };

/** One row as kept in registry_import between preview and commit. */
export interface StoredRow {
  row: number;
  action: 'create' | 'update' | 'invalid';
  name: string | null;
  nib: string | null;
  wilayahCode: string | null;
  businessId: string | null;
  matchedBy: 'nib' | 'name' | null;
  values?: TImportRowValues;
  present?: ImportField[];
}

/** The centre rows go to: the actor's own; an admin may name one (and must, without a centre). */
export async function importCentre(db: Db, ctx: RequestContext, requested?: string): Promise<string> {
  const centreId = ctx.actor.role === 'admin' && requested ? requested : ctx.actor.centreId;
  if (!centreId) throw new AppError('IMPORT_CENTRE_REQUIRED');
  assertCentreAccess(ctx.actor, centreId);
  const found = await db.select({ id: centres.id }).from(centres).where(eq(centres.id, centreId));
  if (!found.length) throw new AppError('UNKNOWN_CENTRE');
  return centreId;
}

const header = (field: ImportField) => IMPORT_COLUMNS.find((c) => c.field === field)?.header ?? field;

/**
 * Reads the file, checks every row (its own cells, then the references in a few set queries),
 * decides create or update per valid row, and keeps the result so the commit applies exactly it.
 */
export async function previewImport(
  db: Db,
  ctx: RequestContext,
  file: { fileName: string; bytes: Buffer },
  requestedCentre?: string,
): Promise<TImportPreview> {
  const centreId = await importCentre(db, ctx, requestedCentre);
  const table = await readImportTable(file.bytes);
  const parsed = table.rows.map((row) => parseRow(row, table.columns, ctx.lang));
  const stored = await decideRows(db, centreId, parsed, ctx.lang);

  const problems = parsed
    .flatMap((p) => p.problems)
    .sort((a, b) => a.row - b.row || columnOrder(a) - columnOrder(b));
  const createdAt = new Date();
  const id = await repo.insertImport(db, {
    centreId,
    fileName: file.fileName,
    sha256: createHash('sha256').update(file.bytes).digest('hex'),
    rows: stored,
    problems,
    createdBy: ctx.actor.userId,
    createdAt,
  });
  // Built from what was just stored rather than read back: 20,000 rows of JSON need not travel twice.
  return toPreview({
    id,
    fileName: file.fileName,
    status: 'previewed',
    rows: stored,
    problems,
    summary: null,
    createdAt,
    committedAt: null,
  });
}

const ORDER = new Map(IMPORT_COLUMNS.map((c, i) => [c.header, i]));
const columnOrder = (p: RowProblem) => ORDER.get(p.column) ?? 99;

/** Reference checks and matching for all rows at once; adds problems to the rows it refuses. */
async function decideRows(db: Db, centreId: string, rows: ParsedRow[], lang: Lang): Promise<StoredRow[]> {
  const valid = rows.filter((r) => r.values);
  const distinct = (pick: (v: TImportRowValues) => (string | null | undefined)[]) => [
    ...new Set(valid.flatMap((r) => pick(r.values as TImportRowValues)).filter((x): x is string => !!x)),
  ];
  const [kbli, wilayah, holders] = await Promise.all([
    repo.knownKbliCodes(
      db,
      distinct((v) => v.kbliCodes),
    ),
    repo.knownWilayahCodes(
      db,
      distinct((v) => [v.wilayahCode]),
    ),
    repo.businessesByNib(
      db,
      distinct((v) => [v.nib]),
    ),
  ]);
  const byNib = new Map(holders.map((h) => [h.nib, h]));
  const match = new Map<ParsedRow, { candidate: repo.MatchCandidate; by: 'nib' | 'name' }>();

  const refuse = (r: ParsedRow, field: ImportField, text: string, value?: string) => {
    r.problems.push({ row: r.rowNumber, column: header(field), value: value ?? '', reason: text });
    r.values = null;
  };
  const cell = (r: ParsedRow, field: 'nib' | 'name' | 'wilayahCode') => r.label[field] ?? '';

  for (const r of valid) {
    const v = r.values as TImportRowValues;
    const kbliCell = v.kbliCodes.join(', ');
    for (const code of v.kbliCodes.filter((c) => !kbli.has(c)))
      refuse(r, 'kbliCodes', errorMessage('UNKNOWN_KBLI', lang, { code }), kbliCell);
    if (!wilayah.has(v.wilayahCode))
      refuse(
        r,
        'wilayahCode',
        errorMessage('UNKNOWN_WILAYAH', lang, { code: v.wilayahCode }),
        cell(r, 'wilayahCode'),
      );
    const holder = v.nib ? byNib.get(v.nib) : undefined;
    if (holder && holder.centreId !== centreId)
      refuse(r, 'nib', reason('nib_other_centre', lang, { nib: v.nib ?? '' }), cell(r, 'nib'));
    else if (holder?.mergedIntoId) refuse(r, 'nib', errorMessage('BUSINESS_MERGED', lang), cell(r, 'nib'));
    else if (holder) match.set(r, { candidate: holder, by: 'nib' });
  }

  // Without a NIB match, the same name in the same kelurahan is the same business — unless it
  // carries a different NIB, which makes it another one (the duplicates review may still pair them).
  const unmatched = rows.filter((r) => r.values && !match.has(r));
  const named = await repo.businessesByNameAndKelurahan(
    db,
    centreId,
    unmatched.map((r) => ({
      name: (r.values as TImportRowValues).name,
      wilayahCode: (r.values as TImportRowValues).wilayahCode,
    })),
  );
  // Several businesses may share a name in one kelurahan: pick the one this row can be (no NIB,
  // or the same NIB), the same test the commit repeats, so preview and commit always agree.
  const byName = new Map<string, repo.MatchCandidate[]>();
  for (const c of named) {
    const key = `${c.folded}|${c.wilayahCode}`;
    byName.set(key, [...(byName.get(key) ?? []), c]);
  }
  for (const r of unmatched) {
    const v = r.values as TImportRowValues;
    const c = byName.get(`${repo.foldName(v.name)}|${v.wilayahCode}`)?.find((x) => !x.nib || x.nib === v.nib);
    if (c) match.set(r, { candidate: c, by: 'name' });
  }

  refuseDuplicatesInFile(rows, match, lang, refuse);

  return rows.map((r) => {
    const m = r.values ? match.get(r) : undefined;
    const base = { row: r.rowNumber, name: r.label.name, nib: r.label.nib, wilayahCode: r.label.wilayahCode };
    if (!r.values) return { ...base, action: 'invalid', businessId: null, matchedBy: null };
    return {
      ...base,
      action: m ? 'update' : 'create',
      businessId: m?.candidate.id ?? null,
      matchedBy: m?.by ?? null,
      values: r.values,
      present: r.present,
    };
  });
}

/**
 * One business, one row: the same NIB twice (checked on every row that has one, so fixing the
 * other problems of a row does not reveal a new one), two rows matching the same registered
 * business, or two new rows with the same name and kelurahan. The first row wins.
 */
function refuseDuplicatesInFile(
  rows: ParsedRow[],
  match: Map<ParsedRow, { candidate: repo.MatchCandidate; by: 'nib' | 'name' }>,
  lang: Lang,
  refuse: (r: ParsedRow, field: ImportField, text: string, value?: string) => void,
) {
  const nibRows = new Map<string, number>();
  const dupNib = new Set<ParsedRow>();
  for (const r of rows) {
    const nib = r.label.nib?.replace(/[\s.-]/g, '');
    if (!nib || !/^\d{13}$/.test(nib)) continue;
    const first = nibRows.get(nib);
    if (first === undefined) nibRows.set(nib, r.rowNumber);
    else {
      refuse(r, 'nib', reason('duplicate_nib', lang, { row: first }), r.label.nib ?? '');
      dupNib.add(r);
    }
  }
  const seen = new Map<string, number>();
  for (const r of rows) {
    if (!r.values || dupNib.has(r)) continue;
    const m = match.get(r);
    const key = m
      ? `id:${m.candidate.id}`
      : r.values.nib
        ? `nib:${r.values.nib}`
        : `name:${repo.foldName(r.values.name)}|${r.values.wilayahCode}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, r.rowNumber);
      continue;
    }
    if (m)
      refuse(
        r,
        'name',
        reason('duplicate_match', lang, { row: first, name: m.candidate.name }),
        r.label.name ?? '',
      );
    else refuse(r, 'name', reason('duplicate_name', lang, { row: first }), r.label.name ?? '');
  }
}

/** The stored preview of an import (also after its commit), as the user saw it. */
export async function getImport(db: Db, ctx: RequestContext, id: string): Promise<TImportPreview> {
  const imp = await repo.findImport(db, id);
  if (!imp) throw notFound(IMPORT);
  assertCentreAccess(ctx.actor, imp.centreId);
  return toPreview(imp);
}

function toPreview(imp: {
  id: string;
  fileName: string;
  status: TImportPreview['status'];
  rows: unknown[];
  problems: unknown[];
  summary: Record<string, unknown> | null;
  createdAt: Date;
  committedAt: Date | null;
}): TImportPreview {
  const rows = imp.rows as StoredRow[];
  const problems = imp.problems as RowProblem[];
  const count = (action: StoredRow['action']) => rows.filter((r) => r.action === action).length;
  return {
    importId: imp.id,
    fileName: imp.fileName,
    status: imp.status,
    totalRows: rows.length,
    validRows: rows.length - count('invalid'),
    invalidRows: count('invalid'),
    toCreate: count('create'),
    toUpdate: count('update'),
    problemCount: problems.length,
    problems: problems.slice(0, MAX_LISTED_PROBLEMS),
    preview: rows.slice(0, MAX_PREVIEW_ROWS).map((r) => ({
      row: r.row,
      action: r.action,
      name: r.name,
      nib: r.nib,
      wilayahCode: r.wilayahCode,
      businessId: r.businessId,
      matchedBy: r.matchedBy,
    })),
    summary: (imp.summary as TImportPreview['summary']) ?? null,
    createdAt: imp.createdAt.toISOString(),
    committedAt: imp.committedAt?.toISOString() ?? null,
  };
}
