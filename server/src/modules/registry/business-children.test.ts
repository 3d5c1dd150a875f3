import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestContext } from '../../../test/build-test-app.js';
import { newBusiness, officerOfNewCentre } from '../../../test/registry-factories.js';

let t: TestContext;
let officer: Session;
let centreId: string;
beforeAll(async () => {
  t = await buildTestApp();
  const o = await officerOfNewCentre(t);
  officer = o.session;
  centreId = o.centre.id;
});
afterAll(() => t.close());

function multipart(fileName: string, bytes: Buffer) {
  const boundary = '----sentra-uji';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe('people', () => {
  it('keeps the NIK only as a keyed hash, never shows it, and recognises the same person again', async () => {
    const a = await newBusiness(officer);
    const b = await newBusiness(officer, { name: 'Batik Kedua' });
    const nik = '3576024101900001';
    const res = await officer.request('POST', `/api/registry/businesses/${a.id}/people`, {
      fullName: 'Siti Aminah',
      gender: 'P',
      birthYear: 1985,
      nik,
      skills: ['batik tulis', 'pewarna alam'],
      certificates: [{ name: 'BNSP Pembatik Tulis', number: 'BNSP-123' }],
      role: 'pemilik',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ fullName: 'Siti Aminah', hasNik: true, role: 'pemilik' });
    expect(res.body).not.toContain(nik);
    const stored = await t.db.execute(sql`select * from person`);
    expect(JSON.stringify(stored.rows)).not.toContain(nik);
    const audit = await t.db.execute(sql`select changes from audit_log where entity = 'person'`);
    expect(JSON.stringify(audit.rows)).not.toContain(nik);

    const again = await officer.request('POST', `/api/registry/businesses/${b.id}/people`, {
      fullName: 'Siti A.',
      nik,
      role: 'perajin',
    });
    expect(again.json().id).toBe(res.json().id);
    const detail = (await officer.request('GET', `/api/registry/businesses/${b.id}`)).json();
    expect(detail.people).toEqual([
      expect.objectContaining({ fullName: 'Siti A.', role: 'perajin', hasNik: true }),
    ]);
    const bad = await officer.request('POST', `/api/registry/businesses/${b.id}/people`, {
      fullName: 'X',
      nik: '123',
      role: 'perajin',
    });
    expect(bad.json().fields).toEqual([{ path: 'nik', message: 'NIK harus 16 digit angka.' }]);
  });
});

describe('products and certifications', () => {
  it('checks price order and Batikmark category, and says which certificates are still valid', async () => {
    const b = await newBusiness(officer);
    const wrongPrice = await officer.request('POST', `/api/registry/businesses/${b.id}/products`, {
      name: 'Kain batik tulis Surya Majapahit',
      category: 'kain',
      priceMinIdr: 900_000,
      priceMaxIdr: 350_000,
    });
    expect(wrongPrice.json().fields).toEqual([
      { path: 'priceMaxIdr', message: 'Harga tertinggi tidak boleh lebih kecil dari harga terendah.' },
    ]);
    const product = await officer.request('POST', `/api/registry/businesses/${b.id}/products`, {
      name: 'Kain batik tulis Surya Majapahit',
      category: 'kain',
      priceMinIdr: 350_000,
      priceMaxIdr: 900_000,
    });
    expect(product.statusCode).toBe(201);

    const noCategory = await officer.request('POST', `/api/registry/businesses/${b.id}/certifications`, {
      kind: 'batikmark',
      number: 'BM-1',
    });
    expect(noCategory.json().fields).toEqual([
      { path: 'category', message: 'Batikmark wajib menyebut kategori: tulis, cap atau kombinasi.' },
    ]);
    const valid = await officer.request('POST', `/api/registry/businesses/${b.id}/certifications`, {
      kind: 'batikmark',
      category: 'tulis',
      number: 'BMI-0001',
      issuedOn: '2024-03-01',
      validUntil: '2099-03-01',
    });
    const expired = await officer.request('POST', `/api/registry/businesses/${b.id}/certifications`, {
      kind: 'pirt',
      issuedOn: '2019-01-01',
      validUntil: '2020-01-01',
    });
    expect(valid.json().isValid).toBe(true);
    expect(expired.json().isValid).toBe(false);
    const listed = (await officer.request('GET', '/api/registry/businesses?certification=pirt')).json().items;
    expect(listed.map((x: { id: string }) => x.id)).not.toContain(b.id);
  });

  it('takes a PDF certificate scan by its content, keeps its SHA-256, refuses anything else', async () => {
    const b = await newBusiness(officer);
    const cert = (
      await officer.request('POST', `/api/registry/businesses/${b.id}/certifications`, {
        kind: 'halal',
        number: 'ID-HALAL-1',
      })
    ).json();
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const up = multipart('sertifikat halal.pdf', pdf);
    const res = await officer.request(
      'POST',
      `/api/registry/businesses/${b.id}/certifications/${cert.id}/document`,
      up.payload,
      up.headers,
    );
    expect(res.statusCode).toBe(200);
    const doc = res.json().document;
    expect(doc).toMatchObject({ fileName: 'sertifikat halal.pdf', sizeBytes: pdf.length });
    expect(doc.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    const download = await officer.request('GET', `/api/registry/files/${doc.id}`);
    expect(download.rawPayload.equals(pdf)).toBe(true);

    const fake = multipart('bukan.pdf', Buffer.from('MZ this is an exe'));
    const refused = await officer.request(
      'POST',
      `/api/registry/businesses/${b.id}/certifications/${cert.id}/document`,
      fake.payload,
      fake.headers,
    );
    expect(refused.statusCode).toBe(415);
    expect(refused.json().message).toBe(
      'Dokumen harus berupa PDF, PNG atau JPEG (isi berkas diperiksa, bukan namanya).',
    );
  });
});

describe('semester reports', () => {
  it('goes draft → submitted → verified; the verified figures become the profile; then it is locked', async () => {
    const b = await newBusiness(officer, { workersMale: 1, workersFemale: 1 });
    const user = await t.newUser({ role: 'artisan', centreId });
    await officer.request('POST', `/api/registry/businesses/${b.id}/accounts`, { userId: user.id });
    const artisan = await t.login(user);
    const url = `/api/registry/businesses/${b.id}/reports/2026/2`;

    const draft = await artisan.request('PUT', url, { workersMale: 4, workersFemale: 11 });
    expect(draft.json()).toMatchObject({ status: 'draft', figures: { workersMale: 4, workersFemale: 11 } });
    const early = await artisan.request('POST', `${url}/submit`);
    expect(early.statusCode).toBe(400);
    expect(early.json().fields.map((f: { path: string }) => f.path)).toEqual([
      'productionVolume',
      'productionValueIdr',
    ]);

    await artisan.request('PUT', url, {
      productionVolume: 1200,
      productionValueIdr: 540_000_000,
      capacityUnit: 'lembar',
    });
    expect((await artisan.request('POST', `${url}/submit`)).json().status).toBe('submitted');
    expect((await artisan.request('POST', `${url}/verify`)).statusCode).toBe(403);

    const returned = await officer.request('POST', `${url}/return`, {
      note: 'Nilai produksi terlalu tinggi untuk 4 pekerja?',
    });
    expect(returned.json()).toMatchObject({
      status: 'draft',
      reviewNote: 'Nilai produksi terlalu tinggi untuk 4 pekerja?',
    });
    // The artisan's own note does not overwrite the officer's.
    const answered = await artisan.request('PUT', url, { note: 'Sudah dicek: harga kain naik.' });
    expect(answered.json()).toMatchObject({
      note: 'Sudah dicek: harga kain naik.',
      reviewNote: 'Nilai produksi terlalu tinggi untuk 4 pekerja?',
    });
    await artisan.request('PUT', url, { productionValueIdr: 240_000_000 });
    await artisan.request('POST', `${url}/submit`);
    const verified = await officer.request('POST', `${url}/verify`);
    expect(verified.json().status).toBe('verified');

    const profile = (await officer.request('GET', `/api/registry/businesses/${b.id}`)).json();
    expect(profile.figures).toMatchObject({
      workersMale: 4,
      workersFemale: 11,
      productionValueIdr: 240000000,
    });
    // Figures the report left empty keep the profile's value.
    expect(profile.figures.investmentIdr).toBe(150000000);
    const locked = await artisan.request('PUT', url, { workersMale: 40 });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().message).toBe('Laporan semester ini sudah diverifikasi dan tidak dapat diubah.');
  });
});

describe('consent to publish', () => {
  it('is off by default, recorded with who gave it, and keeps its history', async () => {
    const b = await newBusiness(officer);
    const on = await officer.request('PUT', `/api/registry/businesses/${b.id}/consents`, {
      fieldGroup: 'contact',
      granted: true,
      givenBy: 'Ibu Siti Aminah',
    });
    expect(on.json()).toEqual([
      expect.objectContaining({ fieldGroup: 'profile', granted: false }),
      expect.objectContaining({ fieldGroup: 'contact', granted: true, givenBy: 'Ibu Siti Aminah' }),
      expect.objectContaining({ fieldGroup: 'products', granted: false }),
      expect.objectContaining({ fieldGroup: 'figures', granted: false }),
    ]);
    await officer.request('PUT', `/api/registry/businesses/${b.id}/consents`, {
      fieldGroup: 'contact',
      granted: false,
      givenBy: 'Ibu Siti Aminah',
    });
    const detail = (await officer.request('GET', `/api/registry/businesses/${b.id}`)).json();
    expect(detail.consents[1]).toMatchObject({ fieldGroup: 'contact', granted: false });
    const history = await t.db.execute(
      sql`select granted from business_consent where business_id = ${b.id} order by recorded_at`,
    );
    expect(history.rows).toEqual([{ granted: true }, { granted: false }]);
  });
});
