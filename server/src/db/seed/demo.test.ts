import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.js';
import { demoFacilities } from '../../modules/facilities/demo-facilities.js';
import { seedDemo } from './demo.js';

let t: TestContext;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('demo data', () => {
  it('loads the Mojokerto centre, one user per role and the demo motifs, flagged as demo, once', async () => {
    const logins = await seedDemo(t.db, 'demo-uji-12345');
    expect(logins.map((l) => l.username).sort()).toEqual([
      'admin',
      'konsultan',
      'pengelola',
      'perajin',
      'petugas',
    ]);
    const motifs = await t.db.execute(
      sql`select name, is_demo, origin, (select count(*)::int from motif_image i where i.motif_id = m.id) images
          from motif m order by name`,
    );
    expect(motifs.rows).toHaveLength(14);
    expect(motifs.rows.every((m) => m.is_demo === true && Number(m.images) >= 1)).toBe(true);
    expect(motifs.rows.map((m) => m.name)).toContain('Surya Majapahit');
    // Kabupaten motifs are labelled so nobody counts them as the city's.
    expect(motifs.rows.find((m) => m.name === 'Parang Mojo')?.origin).toMatch(/Kabupaten/);

    const officer = await t.login({ username: 'petugas' }, 'demo-uji-12345');
    const dash = (await officer.request('GET', '/api/motifs/dashboard')).json();
    expect(dash).toMatchObject({ motifs: { total: 14 }, motifsWithRecordedIp: 8, demoMotifs: 14 });
    const surya = (await officer.request('GET', '/api/motifs?q=surya')).json().items[0];
    expect(surya.ip[0]).toMatchObject({ kind: 'hak_cipta', status: 'recorded', termState: 'until' });
    const notes = await t.db.execute(
      sql`select count(*)::int n from ip_record where notes not like 'DATA CONTOH%'`,
    );
    expect(notes.rows[0]).toEqual({ n: 0 });

    // The building's contract: 2.5 points behind in October but not kritis, 75.04 % ahead of plan
    // two weeks before the end, finished in week 23.
    const projects = (await officer.request('GET', '/api/projects')).json();
    expect(projects).toHaveLength(1);
    const status = (await officer.request('GET', `/api/projects/${projects[0].id}/status`)).json();
    // DIBULATKAN rounds the contract down to thousands: a Rp 632 note, no error.
    expect(status.planProblems.map((p: { code: string }) => p.code)).toEqual(['boq_total_differs']);
    const october = status.weeks.filter((w: { startDate: string }) => w.startDate.startsWith('2023-10'));
    expect(october.every((w: { deviation: number }) => Math.abs(w.deviation + 2.5) < 0.01)).toBe(true);
    expect(october.every((w: { evaluation: { kritis: boolean } }) => !w.evaluation.kritis)).toBe(true);
    expect(status.weeks[20]).toMatchObject({
      week: 21,
      endDate: '2023-11-26',
      actualCumPct: 75.04,
      planCumPct: 73.6,
    });
    expect(status.latest).toMatchObject({ week: 23, actualCumPct: 100 });
    expect(status.penalty.daysLate).toBe(0);
    expect(status.dak.tahap3.ready).toBe(false); // no APIP review uploaded in the demo

    // The building's rooms and shared equipment, bookable.
    const rooms = (await officer.request('GET', '/api/facilities/resources')).json();
    const list = Array.isArray(rooms) ? rooms : rooms.items;
    expect(list.length).toBe(demoFacilities('00000000-0000-0000-0000-000000000000').length);
    expect(list.length).toBeGreaterThan(40);
    expect(list.map((r: { name: string }) => r.name).join(' ')).toMatch(/Lorod/i);

    expect(await seedDemo(t.db, 'demo-uji-12345')).toEqual([]);
  });
});
