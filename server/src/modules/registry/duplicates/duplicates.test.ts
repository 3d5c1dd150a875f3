import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  type Session,
  type TestContext,
  type TestUser,
} from '../../../../test/build-test-app.js';
import {
  businessAccounts,
  businessPeople,
  certifications,
  consents,
  people,
  periodicReports,
  products,
} from '../registry.tables.js';

let t: TestContext;
let centreId: string;
let otherCentreId: string;
let officerUser: TestUser;
let officer: Session;
let admin: Session;
let artisanUser: TestUser;
let artisan: Session;

const GUNUNGGEDANGAN = '35.76.02.1001';
const MAGERSARI = '35.76.02.1003';
const KRANGGAN = '35.76.03.1001';

beforeAll(async () => {
  t = await buildTestApp();
  centreId = (await t.newCentre()).id;
  otherCentreId = (await t.newCentre()).id;
  officerUser = await t.newUser({ role: 'officer', centreId });
  officer = await t.login(officerUser);
  admin = await t.login(await t.newUser({ role: 'admin' }));
  artisanUser = await t.newUser({ role: 'artisan', centreId });
  artisan = await t.login(artisanUser);
});
afterAll(() => t.close());

async function newBusiness(fields: Record<string, unknown>, as: Session = officer): Promise<string> {
  const res = await as.request('POST', '/api/registry/businesses', {
    legalForm: 'perorangan',
    address: 'Jl. Uji',
    wilayahCode: GUNUNGGEDANGAN,
    ...fields,
  });
  if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`);
  return res.json().id as string;
}

type Pair = {
  a: { id: string; name: string; counts: Record<string, number> };
  b: { id: string; name: string };
  reasons: { kind: string; label: string; similarity: number | null; value: string | null }[];
  score: number;
};

async function candidates(as: Session = officer): Promise<Pair[]> {
  const res = await as.request('GET', '/api/registry/duplicates');
  expect(res.statusCode).toBe(200);
  return res.json().items;
}

const pairOf = (list: Pair[], x: string, y: string) =>
  list.find((p) => (p.a.id === x && p.b.id === y) || (p.a.id === y && p.b.id === x));

describe('duplicate candidates', () => {
  it('pairs similar names in one kelurahan, once, smaller id first, with the similarity as reason', async () => {
    const x = await newBusiness({ name: 'Batik Sekar Jagad' });
    const y = await newBusiness({ name: 'Btk Sekar Jagad' });
    const pair = pairOf(await candidates(), x, y);
    if (!pair) throw new Error('pair not found');
    expect(pair.a.id < pair.b.id).toBe(true);
    expect(pair?.reasons).toHaveLength(1);
    expect(pair?.reasons[0]).toMatchObject({ kind: 'similar_name' });
    expect(pair?.reasons[0]?.similarity).toBeGreaterThanOrEqual(0.5);
    expect(pair?.reasons[0]?.label).toMatch(/^Nama mirip \(\d+%\) di kelurahan yang sama$/);
    expect(pair?.score).toBeGreaterThan(0);
  });

  it('pairs the same phone written 0812-3456-7890 and +62 812 3456 7890, whatever the names', async () => {
    const x = await newBusiness({ name: 'Batik Kenongo', phone: '0812-3456-7890', wilayahCode: MAGERSARI });
    const y = await newBusiness({
      name: 'UD Sido Mukti',
      whatsapp: '+62 812 3456 7890',
      wilayahCode: KRANGGAN,
    });
    const pair = pairOf(await candidates(), x, y);
    expect(pair?.reasons).toEqual([
      {
        kind: 'same_phone',
        label: 'Nomor telepon/WhatsApp sama (081234567890)',
        similarity: null,
        value: '81234567890',
      },
    ]);
  });

  it('does not pair similar names in different kelurahan, nor businesses of another centre', async () => {
    const x = await newBusiness({ name: 'Batik Rembulan Wetan', wilayahCode: GUNUNGGEDANGAN });
    const y = await newBusiness({ name: 'Batik Rembulan Wetan', wilayahCode: KRANGGAN });
    const otherOfficer = await t.login(await t.newUser({ role: 'officer', centreId: otherCentreId }));
    const z = await newBusiness({ name: 'Batik Rembulan Wetan', wilayahCode: GUNUNGGEDANGAN }, otherOfficer);
    const list = await candidates();
    expect(pairOf(list, x, y)).toBeUndefined();
    expect(list.some((p) => p.a.id === z || p.b.id === z)).toBe(false);
    // The other centre sees nothing of ours either.
    expect(
      (await candidates(otherOfficer)).some((p) => [x, y].includes(p.a.id) || [x, y].includes(p.b.id)),
    ).toBe(false);
  });

  it('pairs two businesses whose owner is the same person (by NIK hash), without showing the NIK', async () => {
    const x = await newBusiness({ name: 'Batik Lintang Kidul', wilayahCode: MAGERSARI });
    const y = await newBusiness({ name: 'Griya Canting Lestari', wilayahCode: KRANGGAN });
    const [owner] = await t.db
      .insert(people)
      .values({ centreId, fullName: 'Siti Aminah', nikHash: 'hmac-uji-siti' })
      .returning();
    if (!owner) throw new Error('no person');
    await t.db.insert(businessPeople).values([
      { businessId: x, personId: owner.id, role: 'pemilik' },
      { businessId: y, personId: owner.id, role: 'pemilik' },
    ]);
    const pair = pairOf(await candidates(), x, y);
    expect(pair?.reasons.map((r) => r.kind)).toEqual(['same_owner_nik']);
    expect(pair?.reasons[0]?.label).toBe('Pemilik yang sama (NIK cocok): Siti Aminah');
    expect(JSON.stringify(pair)).not.toContain('hmac-uji');
  });

  it('keeps a pair dismissed as "bukan duplikat" out of the list', async () => {
    const x = await newBusiness({ name: 'Batik Mega Mendung Asri', wilayahCode: MAGERSARI });
    const y = await newBusiness({ name: 'Batik Mega Mendung Asli', wilayahCode: MAGERSARI });
    expect(pairOf(await candidates(), x, y)).toBeDefined();
    const res = await officer.request('POST', '/api/registry/duplicates/dismiss', {
      aId: y,
      bId: x,
      reasons: [{ kind: 'similar_name', similarity: 0.7 }],
      note: 'Dua usaha kakak-beradik, memang berbeda',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ aId: [x, y].sort()[0], bId: [x, y].sort()[1] });
    expect(pairOf(await candidates(), x, y)).toBeUndefined();
    const audit = await admin.request('GET', `/api/audit?entity=business_duplicate_dismissal`);
    expect(audit.json().items.some((e: { entityId: string }) => e.entityId === [x, y].sort().join(':'))).toBe(
      true,
    );
  });

  it('refuses artisans and managers', async () => {
    expect((await artisan.request('GET', '/api/registry/duplicates')).statusCode).toBe(403);
    const manager = await t.login(await t.newUser({ role: 'manager', centreId }));
    expect((await manager.request('GET', '/api/registry/duplicates')).statusCode).toBe(403);
    const merge = await artisan.request('POST', '/api/registry/duplicates/merge', {
      keepId: '00000000-0000-4000-8000-000000000001',
      mergeId: '00000000-0000-4000-8000-000000000002',
      reasons: [],
    });
    expect(merge.statusCode).toBe(403);
    expect(merge.json().message).toBe('Anda tidak berhak melakukan tindakan ini.');
  });
});

describe('merge', () => {
  let keepId: string;
  let mergeId: string;
  let mergeRecordId: string;

  beforeAll(async () => {
    keepId = await newBusiness({
      name: 'Batik Gedangan Jaya',
      nib: '1234567890123',
      kbliCodes: ['13134'],
      workersMale: 2,
      yearFounded: 2010,
    });
    mergeId = await newBusiness({
      name: 'Btk Gedangan Jaya',
      phone: '0813 1111 2222',
      whatsapp: '0813 1111 2222',
      workersMale: 5,
      yearFounded: 2008,
    });
    const [shared, onlyMerged] = await t.db
      .insert(people)
      .values([
        { centreId, fullName: 'Bu Sri Rahayu', gender: 'P' },
        { centreId, fullName: 'Pak Darmo', gender: 'L' },
      ])
      .returning();
    if (!shared || !onlyMerged) throw new Error('no people');
    await t.db.insert(businessPeople).values([
      { businessId: keepId, personId: shared.id, role: 'pemilik' },
      { businessId: mergeId, personId: shared.id, role: 'pemilik' },
      { businessId: mergeId, personId: onlyMerged.id, role: 'perajin' },
    ]);
    await t.db.insert(products).values([
      { businessId: mergeId, name: 'Kain batik tulis Surya Majapahit', category: 'kain' },
      { businessId: mergeId, name: 'Selendang cap', category: 'selendang' },
    ]);
    await t.db.insert(certifications).values({
      businessId: mergeId,
      kind: 'batikmark',
      category: 'tulis',
      number: 'BMI-0001',
      validUntil: '2030-12-31',
    });
    const verifiedAt = new Date('2026-01-10T03:00:00Z');
    await t.db.insert(periodicReports).values([
      { businessId: mergeId, year: 2025, semester: 1, status: 'verified', workersMale: 5, verifiedAt },
      { businessId: mergeId, year: 2025, semester: 2, status: 'verified', workersMale: 6, verifiedAt },
      { businessId: keepId, year: 2025, semester: 2, status: 'draft', workersMale: 1 },
      { businessId: keepId, year: 2026, semester: 1, status: 'verified', workersMale: 2, verifiedAt },
      { businessId: mergeId, year: 2026, semester: 1, status: 'draft', workersMale: 7 },
    ]);
    await t.db
      .insert(consents)
      .values({ businessId: mergeId, fieldGroup: 'profile', granted: true, givenBy: 'Bu Sri Rahayu' });
    await t.db.insert(businessAccounts).values({ userId: artisanUser.id, businessId: mergeId });
  });

  it('moves people, products, certifications, reports, consents and accounts in one go, and explains it', async () => {
    const pair = pairOf(await candidates(), keepId, mergeId);
    expect(pair?.reasons.map((r) => r.kind)).toEqual(['similar_name']);

    const res = await officer.request('POST', '/api/registry/duplicates/merge', {
      keepId,
      mergeId,
      reasons: pair?.reasons.map(({ kind, similarity }) => ({ kind, similarity })),
      note: 'Pemilik sama, nama ditulis singkat saat pendataan 2024',
      fields: { yearFounded: 'merge', workersMale: 'keep' },
    });
    expect(res.statusCode).toBe(201);
    const result = res.json();
    mergeRecordId = result.mergeId;
    expect(result.moved).toEqual({
      fieldsTaken: 3, // yearFounded (chosen), phone and whatsapp (empty on the kept record)
      people: 1, // Bu Sri was already linked to the kept record
      products: 2,
      certifications: 1,
      reports: 2, // 2025-1 moved, 2025-2 verified replaces the kept draft
      reportConflictsKeptOwn: 1, // 2026-1: the kept record's verified report stands
      reportConflictsTookMerged: 1,
      consents: 1,
      kbliCodes: 0,
      accounts: 1,
      earlierMerges: 0,
    });
    expect(result.summary).toContain('"Btk Gedangan Jaya" digabung ke "Batik Gedangan Jaya"');

    // The merged record leaves the list but stays readable, pointing at the kept one.
    const list = (await officer.request('GET', '/api/registry/businesses?pageSize=100')).json();
    const ids = list.items.map((b: { id: string }) => b.id);
    expect(ids).toContain(keepId);
    expect(ids).not.toContain(mergeId);
    const old = await officer.request('GET', `/api/registry/businesses/${mergeId}`);
    expect(old.statusCode).toBe(200);
    expect(old.json().mergedIntoId).toBe(keepId);
    expect(
      old.json().reports.map((r: { year: number; semester: number; status: string }) => r),
    ).toMatchObject([
      { year: 2026, semester: 1, status: 'draft' },
      { year: 2025, semester: 2, status: 'draft' },
    ]);

    const kept = (await officer.request('GET', `/api/registry/businesses/${keepId}`)).json();
    expect(kept.people.map((p: { fullName: string }) => p.fullName).sort()).toEqual([
      'Bu Sri Rahayu',
      'Pak Darmo',
    ]);
    expect(kept.products).toHaveLength(2);
    expect(kept.certifications).toMatchObject([{ kind: 'batikmark', category: 'tulis', number: 'BMI-0001' }]);
    expect(
      kept.reports.map(
        (r: { year: number; semester: number; status: string; figures: { workersMale: number } }) => [
          r.year,
          r.semester,
          r.status,
          r.figures.workersMale,
        ],
      ),
    ).toEqual([
      [2026, 1, 'verified', 2],
      [2025, 2, 'verified', 6],
      [2025, 1, 'verified', 5],
    ]);
    expect(kept.yearFounded).toBe(2008);
    expect(kept.phone).toBe('0813 1111 2222');
    expect(kept.figures.workersMale).toBe(2);
    expect(kept.nib).toBe('1234567890123');
    expect(kept.consents.find((c: { fieldGroup: string }) => c.fieldGroup === 'profile')).toMatchObject({
      granted: true,
      givenBy: 'Bu Sri Rahayu',
    });

    // The artisan of the merged record now acts for the kept one.
    expect((await artisan.request('GET', `/api/registry/businesses/${keepId}`)).statusCode).toBe(200);
    expect((await artisan.request('GET', `/api/registry/businesses/${mergeId}`)).statusCode).toBe(403);

    // The pair is no longer a candidate.
    expect(pairOf(await candidates(), keepId, mergeId)).toBeUndefined();

    // Both records carry an audit entry naming the merge.
    for (const id of [keepId, mergeId]) {
      const audit = (await admin.request('GET', `/api/audit?entity=business&entityId=${id}`)).json();
      const entry = audit.items.find((e: { changes: Record<string, unknown> }) => 'merge' in e.changes);
      expect(entry).toMatchObject({ action: 'update' });
      expect(JSON.stringify(entry.changes.merge.after)).toContain(mergeRecordId);
    }
  });

  it('explains the merge afterwards: who, when, why, what moved, the record before', async () => {
    const res = await officer.request('GET', `/api/registry/merges/${mergeRecordId}`);
    expect(res.statusCode).toBe(200);
    const m = res.json();
    expect(m).toMatchObject({
      id: mergeRecordId,
      centreId,
      kept: { id: keepId, name: 'Batik Gedangan Jaya', mergedIntoId: null },
      merged: { id: mergeId, name: 'Btk Gedangan Jaya', mergedIntoId: keepId },
      note: 'Pemilik sama, nama ditulis singkat saat pendataan 2024',
      mergedBy: { id: officerUser.id, name: 'Uji officer' },
    });
    expect(m.reasons[0]).toMatchObject({ kind: 'similar_name' });
    expect(m.reasons[0].label).toMatch(/^Nama mirip/);
    expect(m.moved.products).toBe(2);
    expect(m.fieldsTaken.map((f: { field: string }) => f.field).sort()).toEqual([
      'phone',
      'whatsapp',
      'yearFounded',
    ]);
    expect(m.reportConflicts).toEqual([
      expect.objectContaining({
        year: 2025,
        semester: 2,
        keptStatus: 'draft',
        mergedStatus: 'verified',
        outcome: 'took_merged',
      }),
      expect.objectContaining({
        year: 2026,
        semester: 1,
        keptStatus: 'verified',
        mergedStatus: 'draft',
        outcome: 'kept_own',
      }),
    ]);
    expect(m.reportConflicts[0].explanation).toMatch(
      /^Semester 2 2025: laporan data yang dipertahankan masih draf/,
    );
    expect(m.snapshot.business).toMatchObject({
      name: 'Btk Gedangan Jaya',
      yearFounded: 2008,
      mergedIntoId: null,
    });
    expect(m.snapshot.products).toHaveLength(2);
    expect(Date.parse(m.mergedAt)).toBeGreaterThan(Date.now() - 60_000);

    const byBusiness = (await officer.request('GET', `/api/registry/merges?businessId=${mergeId}`)).json();
    expect(byBusiness.items).toEqual([
      expect.objectContaining({ id: mergeRecordId, keptId: keepId, mergedId: mergeId }),
    ]);
  });

  it('refuses merging a record into itself, an already merged record, and across centres, in Indonesian', async () => {
    const self = await officer.request('POST', '/api/registry/duplicates/merge', {
      keepId,
      mergeId: keepId,
      reasons: [],
    });
    expect(self.statusCode).toBe(400);
    expect(self.json()).toMatchObject({
      code: 'MERGE_SELF',
      message: 'Pilih dua data usaha yang berbeda: satu data tidak dapat digabung dengan dirinya sendiri.',
    });

    const again = await officer.request('POST', '/api/registry/duplicates/merge', {
      keepId,
      mergeId,
      reasons: [],
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe(
      '"Btk Gedangan Jaya" sudah digabung ke data lain sebelumnya; pilih data usaha yang masih aktif.',
    );

    const otherOfficer = await t.login(await t.newUser({ role: 'officer', centreId: otherCentreId }));
    const foreign = await newBusiness({ name: 'Batik Gedangan Jaya Baru' }, otherOfficer);
    const across = await admin.request('POST', '/api/registry/duplicates/merge', {
      keepId,
      mergeId: foreign,
      reasons: [],
    });
    expect(across.statusCode).toBe(409);
    expect(across.json().message).toBe(
      '"Batik Gedangan Jaya" dan "Batik Gedangan Jaya Baru" tercatat di sentra yang berbeda; penggabungan hanya dapat dilakukan di dalam satu sentra.',
    );
    // An officer cannot reach the other centre's record at all.
    const reach = await officer.request('POST', '/api/registry/duplicates/merge', {
      keepId,
      mergeId: foreign,
      reasons: [],
    });
    expect(reach.statusCode).toBe(403);
    // Nothing was written by the refused merges.
    const count = await t.db.execute<{ n: number }>(sql`select count(*)::int as n from business_merge`);
    expect(count.rows[0]?.n).toBe(1);
  });

  it('takes the NIB from the merged record when chosen, releasing it there', async () => {
    const k = await newBusiness({ name: 'Batik Sumber Rejeki', nib: '1111111111111', wilayahCode: KRANGGAN });
    const m = await newBusiness({
      name: 'Batik Sumber Rejeki 2',
      nib: '2222222222222',
      wilayahCode: KRANGGAN,
    });
    const res = await officer.request('POST', '/api/registry/duplicates/merge', {
      keepId: k,
      mergeId: m,
      reasons: [{ kind: 'manual', value: 'NIB lama dicabut OSS' }],
      fields: { nib: 'merge' },
    });
    expect(res.statusCode).toBe(201);
    expect((await officer.request('GET', `/api/registry/businesses/${k}`)).json().nib).toBe('2222222222222');
    expect((await officer.request('GET', `/api/registry/businesses/${m}`)).json().nib).toBeNull();
    const explained = (await officer.request('GET', `/api/registry/merges/${res.json().mergeId}`)).json();
    expect(explained.snapshot.business.nib).toBe('2222222222222');
    expect(explained.reasons[0].label).toBe('Catatan petugas: NIB lama dicabut OSS');
  });
});
