import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.js';
import {
  booking,
  daysToWeekday,
  type FacilityCentre,
  facilityCentre,
  type Member,
  wib,
} from './facilities-test-kit.js';

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

const count = async (table: string) =>
  Number((await t.db.execute(sql.raw(`select count(*)::int as n from ${table}`))).rows[0]?.n);
const post = (s: { request: FacilityCentre['manager']['request'] }, url: string, body?: unknown) =>
  s.request('POST', url, body);

describe('booking and approval', () => {
  it('approves a trained member automatically, leaves an untrained one pending, and shows WIB', async () => {
    const vat = await c.newResource({ name: 'Bak celup A', category: 'bak-celup', multiDay: true });
    expect((await c.train(ani.person.id, { category: 'Bak Celup' })).statusCode).toBe(201);
    const res = await post(
      ani.artisan,
      '/api/facilities/bookings',
      booking(ani, vat.id, wib(2, '08:00'), wib(2, '12:00')),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'approved',
      approval: 'trained',
      startsAt: `${wib(2, '08:00').slice(0, 16)}:00+07:00`,
      business: { id: ani.business.id },
      person: { id: ani.person.id },
    });
    expect(res.json().periodLabel).toMatch(/ 08\.00–12\.00 WIB$/);
    // Stored in UTC: 08:00 WIB is 01:00 UTC.
    const stored = await t.db.execute(
      sql`select to_char(lower(period) at time zone 'UTC', 'HH24:MI') as s from facility_booking where id = ${res.json().id}`,
    );
    expect(stored.rows[0]?.s).toBe('01:00');

    const pending = await post(
      budi.artisan,
      '/api/facilities/bookings',
      booking(budi, vat.id, wib(3, '08:00'), wib(3, '12:00')),
    );
    expect(pending.json()).toMatchObject({ status: 'pending', approval: null });
    const approved = await post(c.manager, `/api/facilities/bookings/${pending.json().id}/approve`);
    expect(approved.json()).toMatchObject({ status: 'approved', approval: 'manager' });
    const notices = (await budi.artisan.request('GET', '/api/facilities/notices')).json();
    expect(notices[0]).toMatchObject({ kind: 'booking_approved', bookingId: pending.json().id });
    expect(notices[0].message).toMatch(/^Pemesanan Bak celup A .* disetujui pengelola\.$/);
  });

  it('lets the manager book for any business (approved), an artisan only for their own', async () => {
    const room = await c.newResource({ kind: 'space', name: 'Studio foto uji' });
    const byManager = await post(
      c.manager,
      '/api/facilities/bookings',
      booking(budi, room.id, wib(2, '09:00'), wib(2, '10:00')),
    );
    expect(byManager.json()).toMatchObject({ status: 'approved', approval: 'staff' });
    const forOther = await post(
      ani.artisan,
      '/api/facilities/bookings',
      booking(budi, room.id, wib(2, '11:00'), wib(2, '12:00')),
    );
    expect(forOther.statusCode).toBe(403);
    expect(forOther.json().code).toBe('NOT_OWN_BUSINESS');
    // Ani sees her own bookings only; Budi's booking is closed to her.
    const mine = (await ani.artisan.request('GET', '/api/facilities/bookings')).json() as {
      business: { id: string };
    }[];
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((b) => b.business.id === ani.business.id)).toBe(true);
    expect(
      (await ani.artisan.request('GET', `/api/facilities/bookings/${byManager.json().id}`)).statusCode,
    ).toBe(403);
    // Officers read the centre's bookings but do not book.
    expect(
      (await c.officer.request('GET', `/api/facilities/bookings/${byManager.json().id}`)).statusCode,
    ).toBe(200);
    expect(
      (
        await post(
          c.officer,
          '/api/facilities/bookings',
          booking(budi, room.id, wib(4, '09:00'), wib(4, '10:00')),
        )
      ).statusCode,
    ).toBe(403);
  });

  it('refuses a person who is not a member of the booking business', async () => {
    const r = await c.newResource({});
    const res = await post(
      ani.artisan,
      '/api/facilities/bookings',
      booking(ani, r.id, wib(2, '08:00'), wib(2, '09:00'), { personId: budi.person.id }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'FACILITY_PERSON_NOT_MEMBER',
      message: `${budi.person.fullName} tidak tercatat sebagai anggota usaha "${ani.business.name}". Tambahkan dulu di data usaha.`,
    });
  });
});

describe('bad input: a clear message and nothing written', () => {
  it('refuses a naive local time and asks for the +07:00 offset', async () => {
    const r = await c.newResource({});
    const before = await count('facility_booking');
    const naive = wib(2, '08:00').replace('+07:00', '');
    const res = await post(
      ani.artisan,
      '/api/facilities/bookings',
      booking(ani, r.id, naive, wib(2, '10:00')),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'FACILITY_TIME_NO_OFFSET',
      message: `Waktu mulai "${naive}" tidak menyebut zona waktu. Tulis dengan zonanya, mis. ${naive}+07:00 untuk WIB.`,
      fields: [{ path: 'startsAt' }],
    });
    const en = await ani.artisan.request(
      'POST',
      '/api/facilities/bookings',
      booking(ani, r.id, wib(2, '08:00'), wib(2, '10:00').slice(0, 10)),
      { 'accept-language': 'en' },
    );
    expect(en.json()).toMatchObject({ code: 'FACILITY_TIME_NO_OFFSET' });
    expect(en.json().message).toMatch(
      /^The end ".*" has no time zone\. Write it with its zone, e\.g\. .*T08:00\+07:00 for WIB/,
    );
    expect(await count('facility_booking')).toBe(before);
  });

  it('takes a UTC time as the same instant and answers in WIB', async () => {
    const r = await c.newResource({});
    const start = new Date(Date.parse(wib(5, '08:00')));
    const res = await post(
      ani.artisan,
      '/api/facilities/bookings',
      booking(ani, r.id, start.toISOString(), new Date(start.getTime() + 3_600_000).toISOString()),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().startsAt).toBe(`${wib(5, '08:00').slice(0, 16)}:00+07:00`);
  });

  it('refuses an end before the start, a zero length, a past start and an over-long booking', async () => {
    const r = await c.newResource({ multiDay: true });
    const before = await count('facility_booking');
    const cases: [string, string, number, string, RegExp][] = [
      [
        wib(2, '10:00'),
        wib(2, '09:00'),
        400,
        'FACILITY_END_BEFORE_START',
        /^Waktu selesai \(.* 09\.00 WIB\) lebih awal dari waktu mulai \(.* 10\.00 WIB\)/,
      ],
      [wib(2, '10:00'), wib(2, '10:00'), 400, 'FACILITY_ZERO_LENGTH', /^Waktu mulai dan selesai sama/],
      [
        wib(-1, '10:00'),
        wib(-1, '11:00'),
        400,
        'FACILITY_IN_THE_PAST',
        /^Waktu mulai .* 10\.00 WIB sudah lewat\. Pesan untuk waktu yang akan datang\.$/,
      ],
      [wib(2, '10:00'), wib(20, '10:00'), 400, 'FACILITY_TOO_LONG', /paling lama 14 hari/],
      [wib(400, '10:00'), wib(400, '11:00'), 400, 'FACILITY_TOO_FAR_AHEAD', /paling jauh 365 hari/],
    ];
    for (const [s, e, status, code, message] of cases) {
      const res = await post(ani.artisan, '/api/facilities/bookings', booking(ani, r.id, s, e));
      expect({ code: res.json().code, status: res.statusCode }).toEqual({ code, status });
      expect(res.json().message).toMatch(message);
    }
    expect(await count('facility_booking')).toBe(before);
  });

  it('refuses a retired resource and one under maintenance', async () => {
    const retired = await c.newResource({ status: 'retired', name: 'Mesin lama' });
    const broken = await c.newResource({ status: 'maintenance', name: 'Kompor rusak' });
    const a = await post(
      ani.artisan,
      '/api/facilities/bookings',
      booking(ani, retired.id, wib(2, '08:00'), wib(2, '09:00')),
    );
    expect(a.statusCode).toBe(409);
    expect(a.json().message).toBe('Mesin lama sudah tidak dipakai lagi dan tidak dapat dipesan.');
    const b = await post(
      ani.artisan,
      '/api/facilities/bookings',
      booking(ani, broken.id, wib(2, '08:00'), wib(2, '09:00')),
    );
    expect(b.statusCode).toBe(409);
    expect(b.json().code).toBe('FACILITY_RESOURCE_MAINTENANCE');
  });

  it('refuses a time outside opening hours, a closed day, and several days on an hourly resource', async () => {
    const r = await c.newResource({
      name: 'Mesin jahit 1',
      openingHours: [1, 2, 3, 4, 5, 6].map((day) => ({ day, opens: '08:00', closes: '16:00' })),
    });
    const mon = daysToWeekday(1, 2);
    const late = await post(
      ani.artisan,
      '/api/facilities/bookings',
      booking(ani, r.id, wib(mon, '15:00'), wib(mon, '17:00')),
    );
    expect(late.statusCode).toBe(400);
    expect(late.json().message).toMatch(
      /^Mesin jahit 1 buka hari Senin pukul 08\.00–16\.00 WIB; .* 15\.00–17\.00 WIB di luar jam buka\.$/,
    );
    const sun = daysToWeekday(7, 2);
    const closed = await post(
      ani.artisan,
      '/api/facilities/bookings',
      booking(ani, r.id, wib(sun, '09:00'), wib(sun, '10:00')),
    );
    expect(closed.json()).toMatchObject({ code: 'FACILITY_CLOSED_DAY' });
    expect(closed.json().message).toMatch(/^Mesin jahit 1 tutup pada hari Minggu \(/);
    const multi = await post(
      ani.artisan,
      '/api/facilities/bookings',
      booking(ani, r.id, wib(mon, '09:00'), wib(mon + 1, '10:00')),
    );
    expect(multi.json().code).toBe('FACILITY_NOT_MULTI_DAY');
  });

  it('books a dye vat for three days when drop-off and pick-up are in opening hours', async () => {
    const vat = await c.newResource({
      name: 'Bak celup 3 hari',
      multiDay: true,
      openingHours: [1, 2, 3, 4, 5, 6].map((day) => ({ day, opens: '08:00', closes: '16:00' })),
    });
    const mon = daysToWeekday(1, 2);
    const res = await post(
      c.manager,
      '/api/facilities/bookings',
      booking(ani, vat.id, wib(mon, '09:00'), wib(mon + 3, '15:00')),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().periodLabel).toMatch(/ 09\.00 – .* 15\.00 WIB$/);
  });
});

describe('overlap and capacity', () => {
  it('maps the exclusion-constraint violation to a 409 naming the clashing time in WIB; back-to-back is fine', async () => {
    const r = await c.newResource({ name: 'Boiler lorod 1' });
    const first = await post(
      ani.artisan,
      '/api/facilities/bookings',
      booking(ani, r.id, wib(3, '08:00'), wib(3, '12:00')),
    );
    expect(first.statusCode).toBe(201);
    const before = await count('facility_booking');
    const clash = await post(
      budi.artisan,
      '/api/facilities/bookings',
      booking(budi, r.id, wib(3, '11:00'), wib(3, '13:00')),
    );
    expect(clash.statusCode).toBe(409);
    expect(clash.json()).toMatchObject({ code: 'FACILITY_OVERLAP' });
    expect(clash.json().message).toBe(
      `Boiler lorod 1 sudah dipesan pada ${first.json().periodLabel}. Pilih waktu lain atau ruang/alat lain.`,
    );
    expect(await count('facility_booking')).toBe(before);
    // [start, end): 12:00–13:00 starts when the first ends.
    const next = await post(
      budi.artisan,
      '/api/facilities/bookings',
      booking(budi, r.id, wib(3, '12:00'), wib(3, '13:00')),
    );
    expect(next.statusCode).toBe(201);
    // Cancelled bookings free the slot.
    expect(
      (
        await post(ani.artisan, `/api/facilities/bookings/${first.json().id}/cancel`, {
          reason: 'Kain belum siap',
        })
      ).statusCode,
    ).toBe(200);
    const again = await post(
      budi.artisan,
      '/api/facilities/bookings',
      booking(budi, r.id, wib(3, '09:00'), wib(3, '11:00')),
    );
    expect(again.statusCode).toBe(201);
  });

  it('refuses an overlapping row in the database itself, whoever writes it', async () => {
    const r = await c.newResource({});
    const res = await post(
      c.manager,
      '/api/facilities/bookings',
      booking(ani, r.id, wib(6, '08:00'), wib(6, '12:00')),
    );
    const row = await t.db.execute(sql`select * from facility_booking where id = ${res.json().id}`);
    const b = row.rows[0] as Record<string, string>;
    const insert = () =>
      t.db.execute(sql`insert into facility_booking (centre_id, resource_id, business_id, period, status, booked_by_label, exclusive)
        values (${b.centre_id}, ${b.resource_id}, ${budi.business.id}, tstzrange(lower(${b.period}::tstzrange) + interval '1 hour', upper(${b.period}::tstzrange) + interval '1 hour'), 'pending', 'psql', false)`);
    // `exclusive` is written by the trigger from the capacity, so lying about it does not help.
    await expect(insert()).rejects.toMatchObject({ cause: { code: '23P01' } });
  });

  it('lets overlaps up to the capacity and says what is left', async () => {
    const hall = await c.newResource({ kind: 'space', name: 'Aula uji', capacity: 3, capacityUnit: 'kursi' });
    const two = await post(
      ani.artisan,
      '/api/facilities/bookings',
      booking(ani, hall.id, wib(4, '08:00'), wib(4, '10:00'), { units: 2 }),
    );
    expect(two.statusCode).toBe(201);
    // 10:00–12:00 does not overlap the first: the peak stays 2, not 2 + 2.
    expect(
      (
        await post(
          budi.artisan,
          '/api/facilities/bookings',
          booking(budi, hall.id, wib(4, '10:00'), wib(4, '12:00'), { units: 2 }),
        )
      ).statusCode,
    ).toBe(201);
    const full = await post(
      budi.artisan,
      '/api/facilities/bookings',
      booking(budi, hall.id, wib(4, '09:00'), wib(4, '11:00'), { units: 2 }),
    );
    expect(full.statusCode).toBe(409);
    expect(full.json().message).toMatch(/^Aula uji menampung 3 kursi; pada .* sudah terpakai 2, sisa 1\. /);
    expect(
      (
        await post(
          budi.artisan,
          '/api/facilities/bookings',
          booking(budi, hall.id, wib(4, '09:00'), wib(4, '11:00'), { units: 1 }),
        )
      ).statusCode,
    ).toBe(201);
    const tooMany = await post(
      budi.artisan,
      '/api/facilities/bookings',
      booking(budi, hall.id, wib(5, '09:00'), wib(5, '11:00'), { units: 4 }),
    );
    expect(tooMany.json()).toMatchObject({ code: 'FACILITY_UNITS_ABOVE_CAPACITY' });
  });
});

describe('training gate', () => {
  it('refuses without a person, without a training, and with an expired one; a category training counts', async () => {
    const kit = await c.newResource({ name: 'Kit kamera', category: 'kamera', requiresTraining: true });
    const noPerson = await post(ani.artisan, '/api/facilities/bookings', {
      ...booking(ani, kit.id, wib(2, '08:00'), wib(2, '09:00')),
      personId: null,
    });
    expect(noPerson.json()).toMatchObject({ code: 'FACILITY_PERSON_REQUIRED' });
    const untrained = await post(
      budi.artisan,
      '/api/facilities/bookings',
      booking(budi, kit.id, wib(2, '08:00'), wib(2, '09:00')),
    );
    expect(untrained.statusCode).toBe(409);
    expect(untrained.json().message).toBe(
      `${budi.person.fullName} belum punya catatan pelatihan untuk Kit kamera. Alat ini hanya boleh dipakai setelah pelatihan; hubungi pengelola sentra untuk jadwal pelatihan.`,
    );
    expect((await c.train(budi.person.id, { resourceId: kit.id, validUntil: '2024-12-31' })).statusCode).toBe(
      201,
    );
    const expired = await post(
      budi.artisan,
      '/api/facilities/bookings',
      booking(budi, kit.id, wib(2, '08:00'), wib(2, '09:00')),
    );
    expect(expired.json()).toMatchObject({ code: 'FACILITY_TRAINING_EXPIRED' });
    expect(expired.json().message).toMatch(
      /berlaku 1 Jan 2024 sampai 31 Des 2024, tidak mencakup seluruh pemesanan/,
    );
    expect((await c.train(budi.person.id, { category: 'kamera' })).statusCode).toBe(201);
    const ok = await post(
      budi.artisan,
      '/api/facilities/bookings',
      booking(budi, kit.id, wib(2, '08:00'), wib(2, '09:00')),
    );
    expect(ok.json()).toMatchObject({ status: 'approved', approval: 'trained' });
  });

  it('keeps training records for managers; checks the target and the dates', async () => {
    const both = await c.train(ani.person.id, { category: 'x', resourceId: (await c.newResource({})).id });
    expect(both.statusCode).toBe(400);
    expect(both.json().fields[0].path).toBe('resourceId');
    const backwards = await c.train(ani.person.id, { category: 'x', validUntil: '2023-01-01' });
    expect(backwards.json().fields[0]).toEqual({
      path: 'validUntil',
      message: 'Tanggal berlaku sampai tidak boleh sebelum tanggal pelatihan.',
    });
    const list = await c.officer.request('GET', `/api/facilities/trainings?personId=${budi.person.id}`);
    expect(list.json().map((x: { source: string }) => x.source)).toEqual(['manual', 'manual']);
    expect(
      (
        await c.officer.request('POST', '/api/facilities/trainings', {
          personId: ani.person.id,
          category: 'x',
          trainedOn: '2024-01-01',
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('check-in, check-out, no-show, cancel, reject', () => {
  it('checks in from an hour before the start, checks out with the output, all audited', async () => {
    const r = await c.newResource({ name: 'Meja cap 1' });
    const soon = new Date(Date.now() + 30 * 60_000);
    soon.setUTCSeconds(0, 0);
    const end = new Date(soon.getTime() + 2 * 3_600_000);
    const b = (
      await post(
        c.manager,
        '/api/facilities/bookings',
        booking(ani, r.id, soon.toISOString(), end.toISOString()),
      )
    ).json();
    const early = await post(c.manager, `/api/facilities/bookings/${b.id}/check-in`, {
      at: new Date(soon.getTime() - 2 * 3_600_000).toISOString(),
    });
    expect(early.json()).toMatchObject({ code: 'FACILITY_CHECK_IN_TOO_EARLY' });
    const future = await post(c.manager, `/api/facilities/bookings/${b.id}/check-in`, {
      at: end.toISOString(),
    });
    expect(future.json()).toMatchObject({ code: 'FACILITY_TIME_IN_FUTURE' });
    const inn = await post(c.manager, `/api/facilities/bookings/${b.id}/check-in`, {});
    expect(inn.json()).toMatchObject({ status: 'checked_in' });
    expect(inn.json().checkedInAt).toMatch(/\+07:00$/);
    const noUnit = await post(c.manager, `/api/facilities/bookings/${b.id}/check-out`, {
      outputQuantity: 12,
    });
    expect(noUnit.json()).toMatchObject({ code: 'VALIDATION', fields: [{ path: 'outputUnit' }] });
    const before = await post(c.manager, `/api/facilities/bookings/${b.id}/check-out`, {
      at: new Date(Date.now() - 3_600_000).toISOString(),
    });
    expect(before.json()).toMatchObject({ code: 'FACILITY_CHECK_OUT_BEFORE_IN' });
    await new Promise((r) => setTimeout(r, 5));
    const out = await post(c.manager, `/api/facilities/bookings/${b.id}/check-out`, {
      outputQuantity: 12,
      outputUnit: 'lembar',
      outputNote: 'Batik cap motif Surya Majapahit',
    });
    expect(out.json()).toMatchObject({ status: 'completed', output: { quantity: 12, unit: 'lembar' } });
    const audit = await t.db.execute(
      sql`select action, changes->'status'->>'after' as status from audit_log where entity = 'facility_booking' and entity_id = ${b.id} order by id`,
    );
    expect(audit.rows).toEqual([
      { action: 'create', status: 'approved' },
      { action: 'update', status: 'checked_in' },
      { action: 'update', status: 'completed' },
    ]);
    expect((await post(ani.artisan, `/api/facilities/bookings/${b.id}/check-in`, {})).statusCode).toBe(403);
  });

  it('records a no-show only after the start', async () => {
    const r = await c.newResource({});
    const b = (
      await post(c.manager, '/api/facilities/bookings', booking(ani, r.id, wib(2, '08:00'), wib(2, '09:00')))
    ).json();
    const early = await post(c.manager, `/api/facilities/bookings/${b.id}/no-show`, {});
    expect(early.json()).toMatchObject({ code: 'FACILITY_NO_SHOW_TOO_EARLY' });
    // The booking's time passes.
    await t.db.execute(
      sql`update facility_booking set period = tstzrange(now() - interval '2 hours', now() - interval '1 hour') where id = ${b.id}`,
    );
    const ns = await post(c.manager, `/api/facilities/bookings/${b.id}/no-show`, {
      note: 'Tidak datang, tidak mengabari',
    });
    expect(ns.json()).toMatchObject({ status: 'no_show', statusReason: 'Tidak datang, tidak mengabari' });
  });

  it('cancels with a reason (once), rejects with a reason and tells the business', async () => {
    const r = await c.newResource({});
    const b = (
      await post(
        ani.artisan,
        '/api/facilities/bookings',
        booking(ani, r.id, wib(7, '08:00'), wib(7, '09:00')),
      )
    ).json();
    const noReason = await post(ani.artisan, `/api/facilities/bookings/${b.id}/cancel`, {});
    expect(noReason.statusCode).toBe(400);
    const cancelled = await post(ani.artisan, `/api/facilities/bookings/${b.id}/cancel`, {
      reason: 'Pesanan kain diundur',
    });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', statusReason: 'Pesanan kain diundur' });
    const twice = await post(ani.artisan, `/api/facilities/bookings/${b.id}/cancel`, { reason: 'lagi' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().message).toBe('Pemesanan ini berstatus "dibatalkan"; tindakan ini tidak berlaku.');

    const p = (
      await post(
        budi.artisan,
        '/api/facilities/bookings',
        booking(budi, r.id, wib(7, '10:00'), wib(7, '11:00')),
      )
    ).json();
    expect(p.status).toBe('pending');
    const rejected = await post(c.manager, `/api/facilities/bookings/${p.id}/reject`, {
      reason: 'Alat dipakai pelatihan',
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected', statusReason: 'Alat dipakai pelatihan' });
    const notices = (await budi.artisan.request('GET', '/api/facilities/notices?unread=true')).json();
    const notice = notices.find((n: { bookingId: string }) => n.bookingId === p.id);
    expect(notice.message).toMatch(/ditolak pengelola: Alat dipakai pelatihan$/);
    const read = await post(budi.artisan, `/api/facilities/notices/${notice.id}/read`);
    expect(read.json().readAt).not.toBeNull();
    expect((await post(ani.artisan, `/api/facilities/notices/${notice.id}/read`)).statusCode).toBe(403);
  });
});
