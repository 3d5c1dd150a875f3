import { createHmac } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import { notFound } from '../../lib/app-error.js';
import type { RequestContext } from '../accounts/actor.js';
import { changeBusinessChild } from './business-children.js';
import type { ZPersonRequestSchema } from './registry.schemas.js';
import { businessPeople, people } from './registry.tables.js';

type TPersonRequest = z.infer<typeof ZPersonRequestSchema>;
const PERSON = { id: 'Orang', en: 'Person' };

/**
 * The NIK as a keyed HMAC (UU PDP 27/2022): the same NIK gives the same value under the same key,
 * so one person is recognised across imports, but the NIK cannot be read back or guessed from it
 * without the key. The key is the deployment's SESSION_SECRET: keep it stable.
 */
export function nikHash(secret: string, nik: string): string {
  return createHmac('sha256', secret).update(`nik:${nik}`).digest('hex');
}

function personColumns(input: Partial<TPersonRequest>, secret: string) {
  const { nik, role: _role, ...rest } = input;
  return { ...rest, ...(nik === undefined ? {} : { nikHash: nik === null ? null : nikHash(secret, nik) }) };
}

export const mapPerson = (
  p: typeof people.$inferSelect,
  role: (typeof businessPeople.$inferSelect)['role'],
) => ({
  id: p.id,
  fullName: p.fullName,
  gender: p.gender,
  birthYear: p.birthYear,
  phone: p.phone,
  hasNik: p.nikHash !== null,
  skills: p.skills,
  certificates: p.certificates,
  role,
});

export async function addPerson(
  db: Db,
  ctx: RequestContext,
  secret: string,
  businessId: string,
  input: TPersonRequest,
) {
  return changeBusinessChild(db, ctx, businessId, async (tx, audit, centreId) => {
    const cols = personColumns(input, secret);
    // The same NIK in this centre is the same person: link them rather than create a twin.
    const existing = cols.nikHash
      ? await tx.query.people.findFirst({
          where: (t, { and, eq }) => and(eq(t.centreId, centreId), eq(t.nikHash, cols.nikHash as string)),
        })
      : undefined;
    const person = existing
      ? (
          await tx
            .update(people)
            .set({ ...cols, updatedAt: new Date() })
            .where(eq(people.id, existing.id))
            .returning()
        )[0]
      : (
          await tx
            .insert(people)
            .values({ ...cols, centreId, fullName: input.fullName })
            .returning()
        )[0];
    if (!person) throw new Error('person not written');
    await tx
      .insert(businessPeople)
      .values({ businessId, personId: person.id, role: input.role })
      .onConflictDoUpdate({
        target: [businessPeople.businessId, businessPeople.personId],
        set: { role: input.role },
      });
    await audit({
      entity: 'person',
      entityId: person.id,
      action: existing ? 'update' : 'create',
      before: existing ?? null,
      after: { ...person, businessId, role: input.role },
    });
    return mapPerson(person, input.role);
  });
}

export async function updatePerson(
  db: Db,
  ctx: RequestContext,
  secret: string,
  businessId: string,
  personId: string,
  input: Partial<TPersonRequest>,
) {
  return changeBusinessChild(db, ctx, businessId, async (tx, audit) => {
    const link = await tx.query.businessPeople.findFirst({
      where: (t, { and, eq }) => and(eq(t.businessId, businessId), eq(t.personId, personId)),
    });
    const before = link && (await tx.query.people.findFirst({ where: (t, { eq }) => eq(t.id, personId) }));
    if (!link || !before) throw notFound(PERSON);
    const [after] = await tx
      .update(people)
      .set({ ...personColumns(input, secret), updatedAt: new Date() })
      .where(eq(people.id, personId))
      .returning();
    const role = input.role ?? link.role;
    if (input.role)
      await tx
        .update(businessPeople)
        .set({ role })
        .where(and(eq(businessPeople.businessId, businessId), eq(businessPeople.personId, personId)));
    if (!after) throw notFound(PERSON);
    await audit({
      entity: 'person',
      entityId: personId,
      action: 'update',
      before: { ...before, role: link.role },
      after: { ...after, role },
    });
    return mapPerson(after, role);
  });
}

/** Unlinks a person from the business; the person record goes too when no other business has them. */
export async function removePerson(db: Db, ctx: RequestContext, businessId: string, personId: string) {
  await changeBusinessChild(db, ctx, businessId, async (tx, audit) => {
    const removed = await tx
      .delete(businessPeople)
      .where(and(eq(businessPeople.businessId, businessId), eq(businessPeople.personId, personId)))
      .returning();
    if (!removed.length) throw notFound(PERSON);
    const others = await tx.query.businessPeople.findFirst({
      where: (t, { eq }) => eq(t.personId, personId),
    });
    const before = await tx.query.people.findFirst({ where: (t, { eq }) => eq(t.id, personId) });
    if (!others) await tx.delete(people).where(eq(people.id, personId));
    await audit({
      entity: 'person',
      entityId: personId,
      action: 'delete',
      before: { ...before, businessId },
      after: null,
    });
  });
}
