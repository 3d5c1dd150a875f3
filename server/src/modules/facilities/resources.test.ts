import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.js';
import { demoFacilities, demoResourceId } from './demo-facilities.js';
import { facilityResources } from './facilities.tables.js';
import { booking, type FacilityCentre, facilityCentre, type Member, wib } from './facilities-test-kit.js';

let t: TestContext;
let c: FacilityCentre;
let ani: Member;
beforeAll(async () => {
  t = await buildTestApp();
  c = await facilityCentre(t);
  ani = await c.newMember('Batik Ani');
});
afterAll(() => t.close());

describe('resources', () => {
  it('are kept by the manager, read by everyone of the centre, audited', async () => {
    const room = await c.manager.request('POST', '/api/facilities/resources', {
      kind: 'space',
      code: 'R-LOROD',
      name: 'Ruang Lorod',
      capacity: 6,
      capacityUnit: 'orang',
      tariffPerHourIdr: 10_000,
      tariffBasis: 'Perda (contoh)',
    });
    expect(room.statusCode).toBe(201);
    expect(room.json()).toMatchObject({
      capacity: 6,
      status: 'available',
      requiresTraining: false,
      tariffPerHourIdr: 10_000,
      tariffPerDayIdr: null,
      openingHoursLabel: 'Senin–Sabtu 08.00–16.00; Minggu tutup (WIB)',
    });
    const boiler = await c.manager.request('POST', '/api/facilities/resources', {
      kind: 'equipment',
      code: 'BL-01',
      name: 'Boiler lorod 1',
      category: 'Boiler Lorod',
      parentSpaceId: room.json().id,
      multiDay: true,
      requiresTraining: true,
      tariffPerDayIdr: 40_000,
    });
    expect(boiler.json()).toMatchObject({
      category: 'boiler-lorod',
      parentSpaceId: room.json().id,
      capacity: 1,
    });

    for (const s of [c.officer, ani.artisan]) {
      const list = (await s.request('GET', '/api/facilities/resources?q=lorod')).json();
      expect(list.map((r: { code: string }) => r.code)).toEqual(['BL-01', 'R-LOROD']);
    }
    expect(
      (await c.officer.request('POST', '/api/facilities/resources', { kind: 'space', code: 'X', name: 'X' }))
        .statusCode,
    ).toBe(403);
    const other = await facilityCentre(t);
    expect(
      (await other.manager.request('GET', `/api/facilities/resources/${room.json().id}`)).statusCode,
    ).toBe(403);
    const patched = await c.manager.request('PATCH', `/api/facilities/resources/${boiler.json().id}`, {
      tariffPerDayIdr: 45_000,
    });
    expect(patched.json().tariffPerDayIdr).toBe(45_000);
    const audit = await t.db.execute(
      sql`select action, changes->'tariffPerDayIdr' as tariff from audit_log where entity = 'facility_resource' and entity_id = ${boiler.json().id} order by id`,
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['create', 'update']);
    expect(audit.rows[1]?.tariff).toEqual({ before: '40000.00', after: '45000.00' });
  });

  it('refuses a taken code, bad opening hours and equipment under equipment', async () => {
    await c.newResource({ code: 'DUP-1' });
    const dup = await c.manager.request('POST', '/api/facilities/resources', {
      kind: 'equipment',
      code: 'DUP-1',
      name: 'Lagi',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().message).toBe('Kode "DUP-1" sudah dipakai ruang/alat lain di sentra ini.');
    const hours = await c.manager.request('POST', '/api/facilities/resources', {
      kind: 'space',
      code: 'JAM',
      name: 'Jam salah',
      openingHours: [
        { day: 1, opens: '16:00', closes: '08:00' },
        { day: 2, opens: '8 pagi', closes: '16:00' },
      ],
    });
    expect(hours.statusCode).toBe(400);
    expect(hours.json().fields).toEqual([
      { path: 'openingHours.0.closes', message: 'Jam tutup harus sesudah jam buka.' },
      { path: 'openingHours.1.opens', message: 'Jam berformat JJ:MM antara 00:00 dan 24:00, mis. 08:00.' },
    ]);
    const machine = await c.newResource({});
    const nested = await c.manager.request('POST', '/api/facilities/resources', {
      kind: 'equipment',
      code: 'NEST',
      name: 'Di dalam mesin',
      parentSpaceId: machine.id,
    });
    expect(nested.json().code).toBe('FACILITY_BAD_PARENT');
  });

  it('keeps capacity above what is booked, refuses retiring or deleting a resource in use', async () => {
    const hall = await c.newResource({
      kind: 'space',
      name: 'Aula kecil',
      capacity: 3,
      capacityUnit: 'kursi',
    });
    await c.manager.request(
      'POST',
      '/api/facilities/bookings',
      booking(ani, hall.id, wib(2, '08:00'), wib(2, '10:00'), { units: 2 }),
    );
    const down = await c.manager.request('PATCH', `/api/facilities/resources/${hall.id}`, { capacity: 1 });
    expect(down.statusCode).toBe(409);
    expect(down.json().message).toBe(
      'Kapasitas Aula kecil tidak dapat diturunkan menjadi 1: pemesanan aktif sudah memakai 2 kursi sekaligus.',
    );
    expect(
      (await c.manager.request('PATCH', `/api/facilities/resources/${hall.id}`, { capacity: 2 })).statusCode,
    ).toBe(200);
    const retire = await c.manager.request('PATCH', `/api/facilities/resources/${hall.id}`, {
      status: 'retired',
    });
    expect(retire.json().message).toBe(
      'Aula kecil masih punya 1 pemesanan aktif yang belum berakhir. Pindahkan atau batalkan dulu.',
    );
    const del = await c.manager.request('DELETE', `/api/facilities/resources/${hall.id}`);
    expect(del.json().code).toBe('FACILITY_RESOURCE_HAS_HISTORY');
    const unused = await c.newResource({});
    expect((await c.manager.request('DELETE', `/api/facilities/resources/${unused.id}`)).statusCode).toBe(
      204,
    );
  });

  it('turns a machine into a shared resource and back, keeping the database flag in step', async () => {
    const m = await c.newResource({ name: 'Meja cap besar' });
    const b = (
      await c.manager.request(
        'POST',
        '/api/facilities/bookings',
        booking(ani, m.id, wib(3, '08:00'), wib(3, '10:00')),
      )
    ).json();
    const flag = async () =>
      (await t.db.execute(sql`select exclusive from facility_booking where id = ${b.id}`)).rows[0]?.exclusive;
    expect(await flag()).toBe(true);
    await c.manager.request('PATCH', `/api/facilities/resources/${m.id}`, { capacity: 2 });
    expect(await flag()).toBe(false);
    expect(
      (
        await c.manager.request(
          'POST',
          '/api/facilities/bookings',
          booking(ani, m.id, wib(3, '09:00'), wib(3, '11:00')),
        )
      ).statusCode,
    ).toBe(201);
    // Two overlapping now: back to capacity 1 is refused.
    expect(
      (await c.manager.request('PATCH', `/api/facilities/resources/${m.id}`, { capacity: 1 })).statusCode,
    ).toBe(409);
  });
});

describe('demo data', () => {
  it('describes the real building and inserts in one statement', async () => {
    const centre = await t.newCentre();
    const manager = await t.login(await t.newUser({ role: 'manager', centreId: centre.id }));
    const rows = demoFacilities(centre.id);
    expect(demoFacilities(centre.id)).toEqual(rows);
    const names = rows.filter((r) => r.kind === 'space').map((r) => r.name);
    for (const room of ['Lobi', 'Galeri', 'Gudang', 'Kantin', 'Aula', 'Ruang Pelatihan', 'Area Jemur'])
      expect(names).toContain(room);
    expect(names.some((n) => /IPAL/.test(n))).toBe(true);
    expect(
      rows.filter((r) => r.category === 'bak-celup').every((r) => r.multiDay && r.requiresTraining),
    ).toBe(true);
    await t.db.insert(facilityResources).values(rows);
    const vat = await t.db
      .select()
      .from(facilityResources)
      .where(eq(facilityResources.id, demoResourceId(centre.id, 'BC-01')));
    expect(vat[0]).toMatchObject({
      name: 'Bak celup 1',
      parentSpaceId: demoResourceId(centre.id, 'R-LOROD'),
    });
    const list = (await manager.request('GET', '/api/facilities/resources?kind=space&q=jemur')).json();
    expect(list[0]).toMatchObject({ code: 'R-JEMUR', capacity: 40, multiDay: true });
  });
});
