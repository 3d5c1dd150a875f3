import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../db/client.js';
import { AppError, notFound } from '../../../lib/app-error.js';
import type { RequestContext } from '../../accounts/actor.js';
import { changeContract } from '../contracts.service.js';
import type {
  ZAddendumRequestSchema,
  ZScmOutcomeSchema,
  ZScmRequestSchema,
  ZWarningLetterRequestSchema,
} from '../projects.schemas.js';
import { contractAddenda, scmMeetings, warningLetters } from '../projects.tables.js';

const ROMAN: Record<number, string> = { 1: 'I', 2: 'II', 3: 'III' };

/**
 * Contract control (Peraturan LKPP 12/2021 Lampiran VII.7.10): addenda, show-cause meetings
 * SCM I–III each with the test case agreed in it, and warning letters SP1–SP3. The order is
 * enforced: SCM II only after test case I failed, SP2 only after SP1.
 */
export async function addAddendum(
  db: Db,
  ctx: RequestContext,
  contractId: string,
  input: z.infer<typeof ZAddendumRequestSchema>,
) {
  return changeContract(db, ctx, contractId, 'project_addendum', async (tx) => {
    const [row] = await tx
      .insert(contractAddenda)
      .values({
        ...input,
        contractId,
        newValueIdr:
          input.newValueIdr === null || input.newValueIdr === undefined ? null : String(input.newValueIdr),
      })
      .returning();
    if (!row) throw new Error('addendum not written');
    return { id: row.id, row };
  });
}

export async function recordScm(
  db: Db,
  ctx: RequestContext,
  contractId: string,
  input: z.infer<typeof ZScmRequestSchema>,
  week: number | null,
) {
  return changeContract(db, ctx, contractId, 'project_scm', async (tx) => {
    const held = await tx.select().from(scmMeetings).where(eq(scmMeetings.contractId, contractId));
    if (held.some((m) => m.stage === input.stage))
      throw new AppError('SCM_STAGE_EXISTS', { stage: ROMAN[input.stage] ?? input.stage });
    if (input.stage > 1) {
      const previous = held.find((m) => m.stage === input.stage - 1);
      if (previous?.outcome !== 'gagal')
        throw new AppError('SCM_OUT_OF_ORDER', {
          stage: ROMAN[input.stage] ?? input.stage,
          previous: ROMAN[input.stage - 1] ?? input.stage - 1,
        });
    }
    const [row] = await tx
      .insert(scmMeetings)
      .values({ ...input, contractId, week, targetPct: String(input.targetPct) })
      .returning();
    if (!row) throw new Error('scm not written');
    return { id: row.id, row };
  });
}

export async function setScmOutcome(
  db: Db,
  ctx: RequestContext,
  contractId: string,
  scmId: string,
  input: z.infer<typeof ZScmOutcomeSchema>,
) {
  return changeContract(db, ctx, contractId, 'project_scm', async (tx) => {
    const where = and(eq(scmMeetings.id, scmId), eq(scmMeetings.contractId, contractId));
    const [before] = await tx.select().from(scmMeetings).where(where);
    if (!before) throw notFound({ id: 'SCM', en: 'SCM' });
    const [row] = await tx
      .update(scmMeetings)
      .set({ outcome: input.outcome, notes: input.notes ?? before.notes })
      .where(where)
      .returning();
    return { id: scmId, row, before };
  });
}

export async function addWarningLetter(
  db: Db,
  ctx: RequestContext,
  contractId: string,
  input: z.infer<typeof ZWarningLetterRequestSchema>,
) {
  return changeContract(db, ctx, contractId, 'project_warning_letter', async (tx) => {
    const issued = await tx.select().from(warningLetters).where(eq(warningLetters.contractId, contractId));
    if (issued.some((l) => l.level === input.level))
      throw new AppError('WARNING_OUT_OF_ORDER', { level: input.level, previous: input.level - 1 });
    if (input.level > 1 && !issued.some((l) => l.level === input.level - 1))
      throw new AppError('WARNING_OUT_OF_ORDER', { level: input.level, previous: input.level - 1 });
    const [row] = await tx
      .insert(warningLetters)
      .values({ ...input, contractId })
      .returning();
    if (!row) throw new Error('warning letter not written');
    return { id: row.id, row };
  });
}
