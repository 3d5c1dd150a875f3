import { createHash } from 'node:crypto';
import { and, asc, count, eq, or } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../../db/client.js';
import { AppError } from '../../../lib/app-error.js';
import type { RequestContext } from '../../accounts/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import { kesempatanDays, loadAddenda, timeExtensionDays } from '../contracts.service.js';
import { type ParsedRab, parseRab, RabFileError } from '../import/rab-parse.js';
import { boqItems, contracts, weeklyReports } from '../projects.tables.js';
import { type ContractRow, loadContract } from '../projects-access.js';
import {
  addDays,
  type PlannedSCurve,
  plannedSCurve,
  type WeekCalendar,
  weekCalendar,
} from '../rules/index.js';

type BoqRow = typeof boqItems.$inferSelect;

/**
 * The weights count from the contract value before PPN: the RAB's JUMLAH is the value before tax,
 * and the contract value includes it (nilai kontrak = JUMLAH × (1 + PPN)). Weighing the items
 * against the value with tax would make every RAB sum to ~90 %. Whole rupiah: that is what a
 * person compares with the RAB's JUMLAH.
 */
export const valueBeforeTax = (c: ContractRow) =>
  Math.round(Number(c.contractValueIdr) / (1 + Number(c.taxPct) / 100));

/**
 * The contract's week calendar: from the SPMK to the end date moved by time addenda, plus the
 * pemberian kesempatan days (weekly reports keep coming while the penalty runs).
 */
export async function contractCalendar(db: DbOrTx, c: ContractRow) {
  const addenda = await loadAddenda(db, c.id);
  const end = addDays(c.endDate, timeExtensionDays(addenda));
  const kesempatan = kesempatanDays(addenda);
  return {
    plan: weekCalendar(c.spmkDate, end),
    reporting: weekCalendar(c.spmkDate, addDays(end, kesempatan)),
    addenda,
  };
}

export async function loadBoq(db: DbOrTx, contractId: string): Promise<BoqRow[]> {
  return db
    .select()
    .from(boqItems)
    .where(eq(boqItems.contractId, contractId))
    .orderBy(asc(boqItems.position));
}

/** The planned S-curve of the stored BoQ. */
export function planOf(c: ContractRow, items: BoqRow[], calendar: WeekCalendar): PlannedSCurve {
  return plannedSCurve({
    items: items.map((i) => ({
      id: i.id,
      division: i.division,
      name: i.name,
      volume: Number(i.volume),
      unit: i.unit,
      unitPrice: Number(i.unitPriceIdr),
    })),
    contractValue: valueBeforeTax(c),
    schedules: items.map((i) => ({
      itemId: i.id,
      weeks: Object.fromEntries(Object.entries(i.weekShares).map(([w, s]) => [Number(w), s])),
    })),
    calendar,
  });
}

export interface BoqImportResult {
  committed: boolean;
  sheet: string;
  weeks: number;
  itemCount: number;
  divisions: ParsedRab['divisions'];
  boqTotalIdr: number;
  sumWeightsPct: number;
  planFinalCumPct: number;
  problems: { code: string; message: { id: string; en: string }; row?: number | null }[];
}

/**
 * Reads an RAB + schedule workbook. Without `commit` it only reports what it found (a preview);
 * with it, the contract's BoQ is replaced in one transaction. Problems (weights not summing to
 * 100, a total that is not volume × price) are reported either way: the officer decides.
 */
export async function importRab(
  db: Db,
  ctx: RequestContext,
  contractId: string,
  file: { fileName: string; bytes: Buffer },
  commit: boolean,
): Promise<BoqImportResult> {
  const contract = await loadContract(db, ctx.actor, contractId);
  let parsed: ParsedRab;
  try {
    parsed = await parseRab(file.bytes);
  } catch (err) {
    if (err instanceof RabFileError)
      throw new AppError('RAB_UNREADABLE', { reason: err.explanation[ctx.lang] }, err.code);
    throw err;
  }
  const { plan: calendar } = await contractCalendar(db, contract);
  const plan = plannedSCurve({
    items: parsed.items.map((i) => ({
      id: `row-${i.row}`,
      division: i.division,
      name: i.name,
      volume: i.volume,
      unit: i.unit,
      unitPrice: i.unitPrice,
    })),
    contractValue: valueBeforeTax(contract),
    schedules: parsed.items.map((i) => ({ itemId: `row-${i.row}`, weeks: i.weekShares })),
    calendar,
  });
  const fileProblems = parsed.problems.map((p) => ({ code: p.code, message: p.message, row: p.row }));
  // The plan repeats, for a row the reader already flagged (no week shares…), what it said.
  const flaggedRows = new Set(fileProblems.map((p) => p.row));
  const planProblems = plan.problems
    .map((p) => ({
      code: p.code,
      // The plan names items by their internal id ("row-72"): say the sheet row instead.
      message: {
        id: p.explanation.id.replace(/\brow-(\d+)/g, 'baris $1'),
        en: p.explanation.en.replace(/\brow-(\d+)/g, 'row $1'),
      },
      row: 'itemId' in p ? Number(String(p.itemId).replace('row-', '')) || null : null,
    }))
    .filter((p) => p.row === null || !flaggedRows.has(p.row));
  const problems = [...fileProblems, ...planProblems];
  if (commit) {
    const [approved] = await db
      .select({ n: count() })
      .from(weeklyReports)
      .where(
        and(
          eq(weeklyReports.contractId, contractId),
          // Approved reports are locked; per-item drafts would lose the items they point at.
          or(eq(weeklyReports.status, 'approved'), eq(weeklyReports.byItem, true)),
        ),
      );
    if ((approved?.n ?? 0) > 0) throw new AppError('BOQ_LOCKED');
    await db.transaction(async (tx) => {
      await tx.delete(boqItems).where(eq(boqItems.contractId, contractId));
      if (parsed.items.length)
        await tx.insert(boqItems).values(
          parsed.items.map((i, position) => ({
            contractId,
            position,
            division: i.division,
            code: i.code,
            name: i.name,
            volume: String(i.volume),
            unit: i.unit,
            unitPriceIdr: String(i.unitPrice),
            totalIdr: String(i.total),
            weekShares: Object.fromEntries(Object.entries(i.weekShares).map(([w, s]) => [String(w), s])),
          })),
        );
      await tx.update(contracts).set({ updatedAt: new Date() }).where(eq(contracts.id, contractId));
      await recordAudit(tx, ctx, {
        entity: 'project_boq',
        entityId: contractId,
        centreId: contract.centreId,
        action: 'update',
        after: {
          fileName: file.fileName,
          sha256: createHash('sha256').update(file.bytes).digest('hex'),
          items: parsed.items.length,
          boqTotal: plan.weights.boqTotal,
          problems: problems.length,
        },
      });
    });
  }
  return {
    committed: commit,
    sheet: parsed.sheet,
    weeks: parsed.weeks,
    itemCount: parsed.items.length,
    divisions: parsed.divisions,
    boqTotalIdr: plan.weights.boqTotal,
    sumWeightsPct: plan.weights.sumWeightsPct,
    planFinalCumPct: plan.finalCumPct,
    problems,
  };
}

export async function listBoq(db: Db, ctx: RequestContext, contractId: string) {
  const contract = await loadContract(db, ctx.actor, contractId);
  const items = await loadBoq(db, contractId);
  const { plan: calendar } = await contractCalendar(db, contract);
  const weights = new Map(planOf(contract, items, calendar).weights.items.map((w) => [w.id, w.weightPct]));
  return items.map((i) => ({
    id: i.id,
    position: i.position,
    division: i.division,
    code: i.code,
    name: i.name,
    volume: Number(i.volume),
    unit: i.unit,
    unitPriceIdr: Number(i.unitPriceIdr),
    totalIdr: Number(i.totalIdr),
    weightPct: weights.get(i.id) ?? 0,
    weekShares: i.weekShares,
  }));
}
