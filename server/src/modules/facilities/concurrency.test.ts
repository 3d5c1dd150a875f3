import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.js';
import { booking, type FacilityCentre, facilityCentre, type Member, wib } from './facilities-test-kit.js';

/**
 * Many people press "book" for the same slot at the same moment: N requests from N different
 * artisans (each their own business) go through app.inject at once. The database decides.
 */
const N = 20;
let t: TestContext;
let c: FacilityCentre;
let members: Member[];
beforeAll(async () => {
  t = await buildTestApp();
  c = await facilityCentre(t);
  members = [];
  for (let i = 0; i < N; i++) members.push(await c.newMember(`Batik Serentak ${i}`));
}, 120_000);
afterAll(() => t.close());

/** Every member asks at once for a 2-hour slot, each shifted by i minutes: all pairs overlap. */
async function stampede(resourceId: string, day: number) {
  const start = Date.parse(wib(day, '08:00'));
  const responses = await Promise.all(
    members.map((m, i) => {
      const s = new Date(start + i * 60_000).toISOString();
      const e = new Date(start + i * 60_000 + 2 * 3_600_000).toISOString();
      return m.artisan.request('POST', '/api/facilities/bookings', booking(m, resourceId, s, e));
    }),
  );
  const codes = responses.map((r) => (r.statusCode === 201 ? 'created' : `${r.statusCode} ${r.json().code}`));
  const tally = codes.reduce<Record<string, number>>((acc, k) => {
    acc[k] = (acc[k] ?? 0) + 1;
    return acc;
  }, {});
  const active = await t.db.execute(
    sql`select count(*)::int as n, coalesce(sum(units), 0)::int as units from facility_booking
        where resource_id = ${resourceId} and status in ('pending','approved','checked_in')`,
  );
  return { tally, active: active.rows[0] as { n: number; units: number }, responses };
}

describe(`${N} overlapping booking requests at once`, () => {
  it('capacity 1: exactly one succeeds, the others get 409 with the clashing time', async () => {
    const vat = await c.newResource({ name: 'Bak celup rebutan' });
    const { tally, active, responses } = await stampede(vat.id, 2);
    expect(tally).toEqual({ created: 1, '409 FACILITY_OVERLAP': N - 1 });
    expect(active).toEqual({ n: 1, units: 1 });
    const winner = responses.find((r) => r.statusCode === 201)?.json();
    for (const r of responses.filter((x) => x.statusCode === 409))
      expect(r.json().message).toBe(
        `Bak celup rebutan sudah dipesan pada ${winner.periodLabel}. Pilih waktu lain atau ruang/alat lain.`,
      );
  });

  it('capacity 1, five rounds in a row: never more than one', async () => {
    for (let round = 0; round < 5; round++) {
      const r = await c.newResource({ name: `Boiler rebutan ${round}` });
      const { tally, active } = await stampede(r.id, 3 + round);
      expect({ round, created: tally.created, active: active.n }).toEqual({ round, created: 1, active: 1 });
    }
  });

  it('capacity 3: exactly three succeed, the others are told the room is full', async () => {
    const yard = await c.newResource({
      kind: 'space',
      name: 'Area jemur rebutan',
      capacity: 3,
      capacityUnit: 'rak',
    });
    const { tally, active } = await stampede(yard.id, 10);
    expect(tally).toEqual({ created: 3, '409 FACILITY_CAPACITY_FULL': N - 3 });
    expect(active).toEqual({ n: 3, units: 3 });
  });

  it('a maintenance block written in the middle of a burst of bookings misses none of them', async () => {
    const hall = await c.newResource({
      kind: 'space',
      name: 'Aula rebutan',
      capacity: N,
      capacityUnit: 'kursi',
    });
    const start = wib(15, '08:00');
    const bookings = members.map((m) =>
      m.artisan.request('POST', '/api/facilities/bookings', booking(m, hall.id, start, wib(15, '10:00'))),
    );
    const block = c.manager.request('POST', '/api/facilities/blocks', {
      resourceId: hall.id,
      startsAt: wib(15, '00:00'),
      endsAt: wib(16, '00:00'),
      reason: 'Perbaikan atap',
    });
    const [blockRes, ...responses] = await Promise.all([block, ...bookings]);
    expect(blockRes.statusCode).toBe(201);
    const created = responses.filter((r) => r.statusCode === 201).map((r) => r.json().id as string);
    const refused = responses.filter((r) => r.statusCode !== 201).map((r) => r.json().code);
    expect(created.length + refused.length).toBe(N);
    expect(new Set(refused)).toEqual(refused.length ? new Set(['FACILITY_BLOCKED']) : new Set());
    // Every booking that got in before the block is listed as affected; none got in after.
    const affected = blockRes.json().affected.map((a: { booking: { id: string } }) => a.booking.id);
    expect([...affected].sort()).toEqual([...created].sort());
    const unlinked = await t.db.execute(sql`
      select count(*)::int as n from facility_booking b
      join facility_block k on k.resource_id = b.resource_id and k.status = 'active' and k.period && b.period
      where b.status in ('pending','approved','checked_in')
        and not exists (select 1 from facility_block_booking l
                        where l.block_id = k.id and l.booking_id = b.id and l.resolution is null)`);
    expect(unlinked.rows[0]?.n).toBe(0);
  });
});
