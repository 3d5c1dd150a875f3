import { and, asc, count, eq, sum } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { AppError, notFound } from '../../lib/app-error.js';
import type { RequestContext } from '../accounts/actor.js';
import { centreScope } from '../accounts/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { storedFiles } from '../registry/registry.tables.js';
import type { TContract, TContractRequest, TUpdateContractRequest } from './projects.schemas.js';
import {
  boqItems,
  contractAddenda,
  contractDocuments,
  contracts,
  dakTransfers,
  payments,
  scmMeetings,
  warningLetters,
} from './projects.tables.js';
import { CONTRACT, type ContractRow, loadContract } from './projects-access.js';
import { addDays, daysBetween } from './rules/index.js';

type AddendumRow = typeof contractAddenda.$inferSelect;

/** Days added to the end date by time addenda (not the pemberian kesempatan, which runs late). */
export const timeExtensionDays = (addenda: AddendumRow[]) =>
  addenda.filter((a) => a.kind === 'waktu' || a.kind === 'waktu_nilai').reduce((n, a) => n + a.extraDays, 0);
export const kesempatanDays = (addenda: AddendumRow[]) =>
  addenda.filter((a) => a.kind === 'pemberian_kesempatan').reduce((n, a) => n + a.extraDays, 0);

/** The contract value in force: the latest value addendum, else the signed value. */
export function contractValueInForce(c: ContractRow, addenda: AddendumRow[]): number {
  const changed = [...addenda]
    .filter((a) => a.newValueIdr !== null)
    .sort((a, b) => a.signedOn.localeCompare(b.signedOn))
    .at(-1);
  return Number(changed?.newValueIdr ?? c.contractValueIdr);
}

export async function loadAddenda(db: DbOrTx, contractId: string): Promise<AddendumRow[]> {
  return db
    .select()
    .from(contractAddenda)
    .where(eq(contractAddenda.contractId, contractId))
    .orderBy(asc(contractAddenda.signedOn));
}

function assertContractDates(
  ctx: RequestContext,
  d: { contractDate: string; spmkDate: string; endDate: string },
) {
  const fields = [];
  if (d.spmkDate < d.contractDate)
    fields.push({
      path: 'spmkDate',
      message:
        ctx.lang === 'id'
          ? 'Tanggal SPMK tidak boleh sebelum tanggal kontrak.'
          : 'The SPMK date cannot be before the contract date.',
    });
  if (d.endDate < d.spmkDate)
    fields.push({
      path: 'endDate',
      message:
        ctx.lang === 'id'
          ? 'Tanggal akhir kontrak tidak boleh sebelum tanggal SPMK.'
          : 'The contract end cannot be before the SPMK date.',
    });
  if (fields.length) throw new AppError('VALIDATION', {}, 'contract dates', fields);
}

export async function createContract(
  db: Db,
  ctx: RequestContext,
  input: TContractRequest,
  centreIdForAdmin?: string,
): Promise<TContract> {
  const centreId = ctx.actor.centreId ?? centreIdForAdmin;
  if (!centreId) throw new AppError('IMPORT_CENTRE_REQUIRED');
  assertContractDates(ctx, input);
  const row = await db.transaction(async (tx) => {
    const [c] = await tx
      .insert(contracts)
      .values({
        ...input,
        centreId,
        allocationIdr: String(input.allocationIdr),
        contractValueIdr: String(input.contractValueIdr),
        taxPct: String(input.taxPct),
      })
      .returning();
    if (!c) throw new Error('contract not written');
    await recordAudit(tx, ctx, {
      entity: 'project_contract',
      entityId: c.id,
      centreId,
      action: 'create',
      after: c,
    });
    return c;
  });
  return presentContract(db, row);
}

export async function updateContract(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: TUpdateContractRequest,
): Promise<TContract> {
  const before = await loadContract(db, ctx.actor, id);
  assertContractDates(ctx, { ...before, ...input });
  const { allocationIdr, contractValueIdr, taxPct, ...rest } = input;
  const after = await db.transaction(async (tx) => {
    const [c] = await tx
      .update(contracts)
      .set({
        ...rest,
        ...(allocationIdr !== undefined ? { allocationIdr: String(allocationIdr) } : {}),
        ...(contractValueIdr !== undefined ? { contractValueIdr: String(contractValueIdr) } : {}),
        ...(taxPct !== undefined ? { taxPct: String(taxPct) } : {}),
        updatedAt: new Date(),
      })
      .where(eq(contracts.id, id))
      .returning();
    if (!c) throw notFound(CONTRACT);
    await recordAudit(tx, ctx, {
      entity: 'project_contract',
      entityId: id,
      centreId: c.centreId,
      action: 'update',
      before,
      after: c,
    });
    return c;
  });
  return presentContract(db, after);
}

export async function getContract(db: Db, ctx: RequestContext, id: string): Promise<TContract> {
  return presentContract(db, await loadContract(db, ctx.actor, id));
}

export async function presentContract(db: DbOrTx, c: ContractRow): Promise<TContract> {
  const addenda = await loadAddenda(db, c.id);
  const scm = await db
    .select()
    .from(scmMeetings)
    .where(eq(scmMeetings.contractId, c.id))
    .orderBy(asc(scmMeetings.stage));
  const letters = await db
    .select()
    .from(warningLetters)
    .where(eq(warningLetters.contractId, c.id))
    .orderBy(asc(warningLetters.level));
  const paid = await db
    .select()
    .from(payments)
    .where(eq(payments.contractId, c.id))
    .orderBy(asc(payments.paidOn));
  const transfers = await db
    .select()
    .from(dakTransfers)
    .where(eq(dakTransfers.contractId, c.id))
    .orderBy(asc(dakTransfers.tranche));
  const docs = await db
    .select({
      id: contractDocuments.id,
      kind: contractDocuments.kind,
      label: contractDocuments.label,
      fileId: storedFiles.id,
      fileName: storedFiles.fileName,
      sha256: storedFiles.sha256,
      uploadedAt: contractDocuments.uploadedAt,
    })
    .from(contractDocuments)
    .innerJoin(storedFiles, eq(storedFiles.id, contractDocuments.fileId))
    .where(eq(contractDocuments.contractId, c.id));
  const [items] = await db.select({ n: count() }).from(boqItems).where(eq(boqItems.contractId, c.id));
  return {
    id: c.id,
    centreId: c.centreId,
    packageName: c.packageName,
    funding: c.funding,
    fiscalYear: c.fiscalYear,
    allocationIdr: String(Number(c.allocationIdr)),
    contractValueIdr: String(contractValueInForce(c, addenda)),
    taxPct: Number(c.taxPct),
    contractor: c.contractor,
    supervisor: c.supervisor,
    ppkName: c.ppkName,
    contractNumber: c.contractNumber,
    contractDate: c.contractDate,
    spmkDate: c.spmkDate,
    endDate: c.endDate,
    extendedEndDate: addDays(c.endDate, timeExtensionDays(addenda)),
    durationDays: daysBetween(c.spmkDate, c.endDate) + 1,
    maintenanceDays: c.maintenanceDays,
    penaltyBase: c.penaltyBase,
    phoDate: c.phoDate,
    fhoDate: c.fhoDate,
    status: c.status,
    terminatedOn: c.terminatedOn,
    notes: c.notes,
    addenda: addenda.map((a) => ({
      id: a.id,
      number: a.number,
      signedOn: a.signedOn,
      kind: a.kind,
      extraDays: a.extraDays,
      newValueIdr: a.newValueIdr,
      reason: a.reason,
    })),
    scm: scm.map((m) => ({
      id: m.id,
      stage: m.stage,
      heldOn: m.heldOn,
      week: m.week,
      targetPct: Number(m.targetPct),
      deadline: m.deadline,
      minutesNumber: m.minutesNumber,
      outcome: m.outcome,
      notes: m.notes,
    })),
    warningLetters: letters.map((l) => ({
      id: l.id,
      level: l.level,
      number: l.number,
      issuedOn: l.issuedOn,
      notes: l.notes,
    })),
    payments: paid.map((p) => ({
      id: p.id,
      term: p.term,
      sp2dNumber: p.sp2dNumber,
      paidOn: p.paidOn,
      amountIdr: p.amountIdr,
    })),
    dakTransfers: transfers.map((t) => ({
      id: t.id,
      tranche: t.tranche,
      receivedOn: t.receivedOn,
      amountIdr: t.amountIdr,
    })),
    documents: docs.map((d) => ({ ...d, uploadedAt: d.uploadedAt.toISOString() })),
    boqItemCount: items?.n ?? 0,
    updatedAt: c.updatedAt.toISOString(),
  };
}

export async function listContracts(db: Db, ctx: RequestContext) {
  const scope = centreScope(ctx.actor);
  return db
    .select()
    .from(contracts)
    .where(scope.all ? undefined : eq(contracts.centreId, scope.centreId))
    .orderBy(asc(contracts.fiscalYear), asc(contracts.packageName));
}

/** Common steps of a change to a contract's children: access, one transaction, the audit entry. */
export async function changeContract<T>(
  db: Db,
  ctx: RequestContext,
  contractId: string,
  entity: string,
  change: (
    tx: Parameters<Parameters<Db['transaction']>[0]>[0],
    contract: ContractRow,
  ) => Promise<{ id: string; row: T; before?: unknown }>,
): Promise<TContract> {
  const contract = await loadContract(db, ctx.actor, contractId);
  await db.transaction(async (tx) => {
    const { id, row, before } = await change(tx, contract);
    await recordAudit(tx, ctx, {
      entity,
      entityId: id,
      centreId: contract.centreId,
      action: before ? 'update' : 'create',
      before: (before as Record<string, unknown>) ?? null,
      after: row as Record<string, unknown>,
    });
    await tx.update(contracts).set({ updatedAt: new Date() }).where(eq(contracts.id, contractId));
  });
  return presentContract(db, await loadContract(db, ctx.actor, contractId));
}

export async function totalPaid(db: DbOrTx, contractId: string): Promise<number> {
  const [row] = await db
    .select({ total: sum(payments.amountIdr) })
    .from(payments)
    .where(and(eq(payments.contractId, contractId)));
  return Number(row?.total ?? 0);
}
