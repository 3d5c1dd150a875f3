import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import { AppError } from '../../lib/app-error.js';
import type { RequestContext } from '../accounts/actor.js';
import { changeContract, contractValueInForce, loadAddenda } from './contracts.service.js';
import type { ZDakTransferRequestSchema, ZPaymentRequestSchema } from './projects.schemas.js';
import { dakTransfers, payments } from './projects.tables.js';

const rp = (n: number) => new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 }).format(n);

/** A payment with its SP2D; the payments of a contract never add up to more than its value. */
export async function addPayment(
  db: Db,
  ctx: RequestContext,
  contractId: string,
  input: z.infer<typeof ZPaymentRequestSchema>,
) {
  return changeContract(db, ctx, contractId, 'project_payment', async (tx, contract) => {
    // Serialise payments of one contract so two clerks cannot both pass the ceiling check.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`payment:${contractId}`}))`);
    const existing = await tx.select().from(payments).where(eq(payments.contractId, contractId));
    if (existing.some((p) => p.sp2dNumber === input.sp2dNumber))
      throw new AppError('DUPLICATE_SP2D', { number: input.sp2dNumber });
    const value = contractValueInForce(contract, await loadAddenda(tx, contractId));
    const total = existing.reduce((s, p) => s + Number(p.amountIdr), 0) + input.amountIdr;
    if (total > value)
      throw new AppError('PAYMENT_ABOVE_CONTRACT', { total: rp(total), contract: rp(value) });
    const [row] = await tx
      .insert(payments)
      .values({ ...input, contractId, amountIdr: String(input.amountIdr) })
      .returning();
    if (!row) throw new Error('payment not written');
    return { id: row.id, row };
  });
}

export async function addDakTransfer(
  db: Db,
  ctx: RequestContext,
  contractId: string,
  input: z.infer<typeof ZDakTransferRequestSchema>,
) {
  return changeContract(db, ctx, contractId, 'project_dak_transfer', async (tx) => {
    const [row] = await tx
      .insert(dakTransfers)
      .values({ ...input, contractId, amountIdr: String(input.amountIdr) })
      .returning();
    if (!row) throw new Error('transfer not written');
    return { id: row.id, row };
  });
}
