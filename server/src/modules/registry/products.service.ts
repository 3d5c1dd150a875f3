import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import { notFound } from '../../lib/app-error.js';
import type { RequestContext } from '../accounts/actor.js';
import { changeBusinessChild } from './business-children.js';
import type { ZProductRequestSchema } from './registry.schemas.js';
import { products } from './registry.tables.js';

type TProductRequest = z.infer<typeof ZProductRequestSchema>;
const PRODUCT = { id: 'Produk', en: 'Product' };
const money = (v: number | null | undefined) => (v === undefined ? undefined : v === null ? null : String(v));

function columns(input: Partial<TProductRequest>) {
  const { priceMinIdr, priceMaxIdr, ...rest } = input;
  return { ...rest, priceMinIdr: money(priceMinIdr), priceMaxIdr: money(priceMaxIdr) };
}

export const mapProduct = (p: typeof products.$inferSelect) => ({
  id: p.id,
  name: p.name,
  category: p.category,
  priceMinIdr: p.priceMinIdr === null ? null : Number(p.priceMinIdr),
  priceMaxIdr: p.priceMaxIdr === null ? null : Number(p.priceMaxIdr),
  unit: p.unit,
  description: p.description,
});

export async function addProduct(db: Db, ctx: RequestContext, businessId: string, input: TProductRequest) {
  return changeBusinessChild(db, ctx, businessId, async (tx, audit) => {
    const [row] = await tx
      .insert(products)
      .values({ ...columns(input), name: input.name, category: input.category, businessId })
      .returning();
    if (!row) throw new Error('product not written');
    await audit({ entity: 'product', entityId: row.id, action: 'create', after: row });
    return mapProduct(row);
  });
}

export async function updateProduct(
  db: Db,
  ctx: RequestContext,
  businessId: string,
  id: string,
  input: Partial<TProductRequest>,
) {
  return changeBusinessChild(db, ctx, businessId, async (tx, audit) => {
    const where = and(eq(products.id, id), eq(products.businessId, businessId));
    const [before] = await tx.select().from(products).where(where);
    if (!before) throw notFound(PRODUCT);
    const [after] = await tx
      .update(products)
      .set({ ...columns(input), updatedAt: new Date() })
      .where(where)
      .returning();
    if (!after) throw notFound(PRODUCT);
    await audit({ entity: 'product', entityId: id, action: 'update', before, after });
    return mapProduct(after);
  });
}

export async function removeProduct(db: Db, ctx: RequestContext, businessId: string, id: string) {
  await changeBusinessChild(db, ctx, businessId, async (tx, audit) => {
    const [before] = await tx
      .delete(products)
      .where(and(eq(products.id, id), eq(products.businessId, businessId)))
      .returning();
    if (!before) throw notFound(PRODUCT);
    await audit({ entity: 'product', entityId: id, action: 'delete', before });
  });
}
