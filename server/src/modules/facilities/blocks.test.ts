import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.js';
import { booking, type FacilityCentre, facilityCentre, type Member, wib } from './facilities-test-kit.js';

let t: TestContext;
let c: FacilityCentre;
let ani: Member;
let budi: Member;
beforeAll(async () => {
  t = await buildTestApp();
  c = await facilityCentre(t);
  ani = await c.newMember('Batik Ani');
  budi = await c.newMember('Batik Budi');
});
afterAll(() => t.close());

const post = (s: FacilityCentre['manager'], url: string, body?: unknown) => s.request('POST', url, body);
const book = async (m: Member, resourceId: string, s: string, e: string) => {
  const res = await post(c.manager, '/api/facilities/bookings', booking(m, resourceId, s, e));
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json() as { id: string; periodLabel: string };
};

describe('maintenance blocks', () => {
  it('lists the bookings inside, tells their owners, and is resolved booking by booking', async () => {
    const vat = await c.newResource({ name: 'Bak celup 2', multiDay: true });
    const other = await c.newResource({ name: 'Bak celup 3', multiDay: true });
    const a = await book(ani, vat.id, wib(3, '08:00'), wib(5, '15:00'));
    const b = await book(budi, vat.id, wib(6, '08:00'), wib(6, '12:00'));
    const outside = await book(budi, vat.id, wib(9, '08:00'), wib(9, '12:00'));

    const res = await post(c.manager, '/api/facilities/blocks', {
      resourceId: vat.id,
      startsAt: wib(4, '00:00'),
      endsAt: wib(7, '00:00'),
      reason: 'Ganti kran pembuangan',
    });
    expect(res.statusCode).toBe(201);
    const block = res.json();
    expect(block).toMatchObject({ status: 'active', unresolvedCount: 2, reason: 'Ganti kran pembuangan' });
    expect(block.affected.map((x: { booking: { id: string } }) => x.booking.id)).toEqual([a.id, b.id]);
    expect(block.affected[0].booking.affectedBy).toMatchObject({ blockId: block.id });
    expect(block.affected.map((x: { booking: { id: string } }) => x.booking.id)).not.toContain(outside.id);

    // The owner sees it in the app, in their language.
    const notices = (await ani.artisan.request('GET', '/api/facilities/notices')).json();
    expect(notices[0]).toMatchObject({
      kind: 'maintenance_affects_booking',
      bookingId: a.id,
      blockId: block.id,
    });
    expect(notices[0].message).toMatch(
      /^Bak celup 2 ditutup untuk perawatan .* \(Ganti kran pembuangan\)\. Pemesanan Anda .* terkena; pengelola akan memindahkan atau membatalkannya\.$/,
    );
    const en = (
      await ani.artisan.request('GET', '/api/facilities/notices', undefined, { 'accept-language': 'en' })
    ).json();
    expect(en[0].message).toMatch(/^Bak celup 2 is closed for maintenance/);
    // Budi does not see Ani's notice.
    expect(
      (await budi.artisan.request('GET', '/api/facilities/notices'))
        .json()
        .some((n: { bookingId: string }) => n.bookingId === a.id),
    ).toBe(false);

    // Nothing new goes into the block, and a caught booking cannot be used before it is resolved.
    const refused = await post(
      ani.artisan,
      '/api/facilities/bookings',
      booking(ani, vat.id, wib(6, '13:00'), wib(6, '14:00')),
    );
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toMatch(
      /^Bak celup 2 ditutup untuk perawatan .* \(Ganti kran pembuangan\)\. Pilih waktu lain\.$/,
    );
    expect((await post(c.manager, `/api/facilities/bookings/${b.id}/check-in`, {})).json().code).toBe(
      'FACILITY_BOOKING_AFFECTED',
    );
    // Moving within the block is refused; moving to another vat resolves it.
    const stillInside = await post(c.manager, `/api/facilities/bookings/${a.id}/move`, {
      startsAt: wib(4, '08:00'),
      endsAt: wib(4, '12:00'),
    });
    expect(stillInside.json().code).toBe('FACILITY_BLOCKED');
    const moved = await post(c.manager, `/api/facilities/bookings/${a.id}/move`, {
      resourceId: other.id,
      startsAt: wib(3, '08:00'),
      endsAt: wib(5, '15:00'),
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ resource: { id: other.id }, status: 'approved', affectedBy: null });
    const movedNotice = (await ani.artisan.request('GET', '/api/facilities/notices')).json()[0];
    expect(movedNotice.message).toMatch(/^Pemesanan Bak celup 2 .* dipindah pengelola ke Bak celup 3 /);
    // The other is cancelled with a reason.
    expect(
      (await post(c.manager, `/api/facilities/bookings/${b.id}/cancel`, { reason: 'Bak dalam perbaikan' }))
        .statusCode,
    ).toBe(200);

    const after = (await c.manager.request('GET', `/api/facilities/blocks/${block.id}`)).json();
    expect(after.unresolvedCount).toBe(0);
    expect(after.affected.map((x: { resolution: string }) => x.resolution)).toEqual(['moved', 'cancelled']);
    expect(after.affected[0].originalPeriodLabel).toBe(a.periodLabel);
    // Officers read blocks; artisans do not.
    expect((await c.officer.request('GET', `/api/facilities/blocks/${block.id}`)).statusCode).toBe(200);
    expect((await ani.artisan.request('GET', `/api/facilities/blocks/${block.id}`)).statusCode).toBe(403);
    const audit = await t.db.execute(
      sql`select action from audit_log where entity = 'facility_block' and entity_id = ${block.id}`,
    );
    expect(audit.rows).toEqual([{ action: 'create' }]);
  });

  it('refuses a second block over the first and a block over a session in progress; lifting releases', async () => {
    const boiler = await c.newResource({ name: 'Boiler lorod 2' });
    const first = await post(c.manager, '/api/facilities/blocks', {
      resourceId: boiler.id,
      startsAt: wib(10, '08:00'),
      endsAt: wib(10, '16:00'),
      reason: 'Servis tahunan',
    });
    const second = await post(c.manager, '/api/facilities/blocks', {
      resourceId: boiler.id,
      startsAt: wib(10, '15:00'),
      endsAt: wib(10, '18:00'),
      reason: 'Lagi',
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().message).toMatch(
      /^Boiler lorod 2 sudah ditutup untuk perawatan pada .* 08\.00–16\.00 WIB\./,
    );

    // A session in progress is not overridden.
    const soon = new Date(Date.now() + 10 * 60_000);
    const now = await book(
      ani,
      boiler.id,
      soon.toISOString(),
      new Date(soon.getTime() + 3_600_000).toISOString(),
    );
    await post(c.manager, `/api/facilities/bookings/${now.id}/check-in`, {});
    const overInUse = await post(c.manager, '/api/facilities/blocks', {
      resourceId: boiler.id,
      startsAt: new Date(Date.now() + 60_000).toISOString(),
      endsAt: new Date(Date.now() + 2 * 3_600_000).toISOString(),
      reason: 'Bocor',
    });
    expect(overInUse.json().code).toBe('FACILITY_BLOCK_IN_USE');

    const caught = await book(budi, boiler.id, wib(11, '08:00'), wib(11, '10:00'));
    const b2 = (
      await post(c.manager, '/api/facilities/blocks', {
        resourceId: boiler.id,
        startsAt: wib(11, '00:00'),
        endsAt: wib(12, '00:00'),
        reason: 'Cek tekanan',
      })
    ).json();
    expect(b2.unresolvedCount).toBe(1);
    const lifted = await post(c.manager, `/api/facilities/blocks/${b2.id}/lift`);
    expect(lifted.json()).toMatchObject({
      status: 'lifted',
      unresolvedCount: 0,
      affected: [{ resolution: 'released' }],
    });
    expect((await post(c.manager, `/api/facilities/blocks/${b2.id}/lift`)).json().code).toBe(
      'FACILITY_BLOCK_LIFTED',
    );
    const notices = (await budi.artisan.request('GET', '/api/facilities/notices')).json();
    expect(notices[0]).toMatchObject({ kind: 'maintenance_lifted', bookingId: caught.id });
    // The booking stands and can be approved/used again.
    expect(
      (await c.manager.request('GET', `/api/facilities/bookings/${caught.id}`)).json().affectedBy,
    ).toBeNull();
    expect(first.statusCode).toBe(201);
  });

  it('refuses a move onto another booking with the clashing time', async () => {
    const r = await c.newResource({ name: 'Meja cap 2' });
    const x = await book(ani, r.id, wib(13, '08:00'), wib(13, '10:00'));
    const y = await book(budi, r.id, wib(13, '10:00'), wib(13, '12:00'));
    const res = await post(c.manager, `/api/facilities/bookings/${y.id}/move`, {
      startsAt: wib(13, '09:00'),
      endsAt: wib(13, '11:00'),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toBe(
      `Meja cap 2 sudah dipesan pada ${x.periodLabel}. Pilih waktu lain atau ruang/alat lain.`,
    );
    // Moving within its own time (overlapping itself) is fine.
    const self = await post(c.manager, `/api/facilities/bookings/${y.id}/move`, {
      startsAt: wib(13, '10:30'),
      endsAt: wib(13, '12:30'),
    });
    expect(self.statusCode).toBe(200);
  });
});

describe('availability search', () => {
  it('answers what is free, with the remaining capacity, and why the rest is not', async () => {
    const d = 20;
    const kind = (
      await c.newResource({
        kind: 'space',
        name: 'Ruang Pelatihan Cari',
        capacity: 30,
        capacityUnit: 'kursi',
      })
    ).id;
    const hall = (
      await c.newResource({ kind: 'space', name: 'Aula Cari', capacity: 2, capacityUnit: 'kursi' })
    ).id;
    const vatFree = (await c.newResource({ name: 'Bak Cari Kosong', category: 'bak-cari' })).id;
    const vatBooked = (await c.newResource({ name: 'Bak Cari Terpakai', category: 'bak-cari' })).id;
    const vatBlocked = (await c.newResource({ name: 'Bak Cari Rusak', category: 'bak-cari' })).id;
    const vatBroken = (
      await c.newResource({ name: 'Bak Cari Perawatan', category: 'bak-cari', status: 'maintenance' })
    ).id;
    const vatClosed = (
      await c.newResource({
        name: 'Bak Cari Tutup',
        category: 'bak-cari',
        openingHours: [{ day: 1, opens: '08:00', closes: '09:00' }],
      })
    ).id;
    await c.newResource({ name: 'Bak Cari Pensiun', category: 'bak-cari', status: 'retired' });
    await book(ani, kind, wib(d, '08:00'), wib(d, '12:00'));
    await post(
      c.manager,
      '/api/facilities/bookings',
      booking(ani, hall, wib(d, '09:00'), wib(d, '10:00'), { units: 2 }),
    );
    await book(ani, vatBooked, wib(d, '09:00'), wib(d, '10:00'));
    await post(c.manager, '/api/facilities/blocks', {
      resourceId: vatBlocked,
      startsAt: wib(d, '00:00'),
      endsAt: wib(d + 1, '00:00'),
      reason: 'Retak',
    });

    const q = `from=${encodeURIComponent(wib(d, '08:00'))}&to=${encodeURIComponent(wib(d, '12:00'))}`;
    const free = (
      await ani.artisan.request('GET', `/api/facilities/availability?${q}&category=bak-cari`)
    ).json();
    expect(free.items.map((i: { resource: { id: string } }) => i.resource.id)).toEqual([vatFree]);
    expect(free.periodLabel).toMatch(/ 08\.00–12\.00 WIB$/);

    const all = (
      await ani.artisan.request('GET', `/api/facilities/availability?${q}&q=cari&onlyFree=false`)
    ).json();
    const byId = new Map(all.items.map((i: { resource: { id: string } }) => [i.resource.id, i]));
    expect(byId.get(kind)).toMatchObject({ free: true, capacity: 30, used: 1, remaining: 29 });
    expect(byId.get(hall)).toMatchObject({ free: false, remaining: 0, unavailable: { code: 'capacity' } });
    expect(byId.get(vatBooked)).toMatchObject({ free: false, unavailable: { code: 'booked' } });
    expect((byId.get(vatBooked) as { unavailable: { message: string } }).unavailable.message).toMatch(
      / 09\.00–10\.00 WIB\./,
    );
    expect(byId.get(vatBlocked)).toMatchObject({ unavailable: { code: 'blocked' } });
    expect(byId.get(vatBroken)).toMatchObject({ unavailable: { code: 'maintenance' } });
    expect(byId.get(vatClosed)).toMatchObject({ unavailable: { code: 'closed' } });
    expect(
      all.items.some((i: { resource: { name: string } }) => i.resource.name === 'Bak Cari Pensiun'),
    ).toBe(false);
    // Free ones first.
    expect(all.items[0].free).toBe(true);

    const spaces = (
      await ani.artisan.request('GET', `/api/facilities/availability?${q}&kind=space&q=cari`)
    ).json();
    expect(spaces.items.map((i: { resource: { id: string } }) => i.resource.id)).toEqual([kind]);
    const naive = await ani.artisan.request(
      'GET',
      `/api/facilities/availability?from=2030-01-01T08:00&to=${encodeURIComponent(wib(d, '12:00'))}`,
    );
    expect(naive.json()).toMatchObject({ code: 'FACILITY_TIME_NO_OFFSET', fields: [{ path: 'from' }] });
  });
});
