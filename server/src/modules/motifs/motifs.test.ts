import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
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

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

function multipart(fileName: string, bytes: Buffer, fields: Record<string, string> = {}) {
  const boundary = '----sentra-motif';
  const parts = Object.entries(fields).map(
    ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
  );
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: image/jpeg\r\n\r\n`;
  return {
    payload: Buffer.concat([
      Buffer.from(parts.join('')),
      Buffer.from(head),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

let seed = 0;
/** A distinct JPEG each call (so SHA-256s differ), like a phone photo of a cloth. */
async function photo(width = 1200, height = 900): Promise<Buffer> {
  seed += 1;
  return sharp({
    create: { width, height, channels: 3, background: { r: 120 + (seed % 100), g: 70, b: 30 } },
  })
    .composite([
      {
        input: Buffer.from(
          `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><circle cx="${200 + seed}" cy="300" r="150" fill="#f4e4c1"/></svg>`,
        ),
      },
    ])
    .jpeg({ quality: 85 })
    .toBuffer();
}

async function upload(s: Session, motifId: string, fileName: string, bytes: Buffer) {
  const m = multipart(fileName, bytes);
  return s.request('POST', `/api/motifs/${motifId}/images`, m.payload, m.headers);
}

async function newMotif(s: Session, body: Record<string, unknown> = {}) {
  const res = await s.request('POST', '/api/motifs', {
    name: 'Surya Majapahit',
    altNames: ['Sinar Majapahit'],
    technique: 'tulis',
    colours: ['sogan', 'krem'],
    dyeKind: 'alami',
    yearCreated: 2016,
    origin: 'Kota Mojokerto',
    tags: ['warisan Majapahit', 'geometris'],
    philosophy: 'Lambang Kerajaan Majapahit.',
    creators: [{ name: 'Bu Siti Aminah', address: 'Mojokerto' }],
    ...body,
  });
  if (res.statusCode !== 201) throw new Error(`newMotif: ${res.statusCode} ${res.body}`);
  return res.json();
}

async function artisanOf(businessId: string) {
  const user = await t.newUser({ role: 'artisan', centreId });
  const link = await officer.request('POST', `/api/registry/businesses/${businessId}/accounts`, {
    userId: user.id,
  });
  expect(link.statusCode).toBe(204);
  return t.login(user);
}

describe('motif records', () => {
  it('an officer creates a motif with creators; it is audited', async () => {
    const m = await newMotif(officer);
    expect(m).toMatchObject({
      name: 'Surya Majapahit',
      status: 'draft',
      technique: 'tulis',
      creators: [{ name: 'Bu Siti Aminah', nationality: 'Indonesia', deceased: false }],
    });
    const audit = await t.db.execute(
      sql`select action from audit_log where entity = 'motif' and entity_id = ${m.id}`,
    );
    expect(audit.rows).toEqual([{ action: 'create' }]);
  });

  it('refuses a death date in the future and a died-on without "deceased"', async () => {
    const future = await officer.request('POST', '/api/motifs', {
      name: 'X',
      creators: [{ name: 'A', deceased: true, diedOn: '2999-01-01' }],
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().fields[0]).toMatchObject({ path: 'creators.0.diedOn' });
    const notDead = await officer.request('POST', '/api/motifs', {
      name: 'X',
      creators: [{ name: 'A', diedOn: '1990-01-01' }],
    });
    expect(notDead.statusCode).toBe(400);
    expect(notDead.json().fields[0].message).toMatch(/meninggal/);
  });

  it('an artisan creates motifs only for their own business and sees only those', async () => {
    const mine = await newBusiness(officer, { name: 'Batik Perajin Motif' });
    const otherBiz = await newBusiness(officer, { name: 'Batik Tetangga' });
    const foreign = await newMotif(officer, { name: 'Motif Tetangga', businessId: otherBiz.id });
    const artisan = await artisanOf(mine.id);
    const created = await artisan.request('POST', '/api/motifs', { name: 'Koro Renteng Baru' });
    expect(created.statusCode).toBe(201);
    expect(created.json().businessId).toBe(mine.id);
    const list = (await artisan.request('GET', '/api/motifs')).json();
    expect(list.items.map((i: { name: string }) => i.name)).toEqual(['Koro Renteng Baru']);
    const peek = await artisan.request('GET', `/api/motifs/${foreign.id}`);
    expect(peek.statusCode).toBe(403);
    expect(peek.json().message).toMatch(/bukan milik usaha Anda/);
    const steal = await artisan.request('POST', '/api/motifs', { name: 'Curian', businessId: otherBiz.id });
    expect(steal.statusCode).toBe(403);
    // An artisan keeps no IP records themselves: that is the Dinas's job.
    const ip = await artisan.request('POST', `/api/motifs/${created.json().id}/ip-records`, {
      kind: 'hak_cipta',
    });
    expect(ip.statusCode).toBe(403);
  });

  it('an artisan without a linked business is told to ask for the link', async () => {
    const user = await t.newUser({ role: 'artisan', centreId });
    const res = await (await t.login(user)).request('POST', '/api/motifs', { name: 'Motif Yatim' });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('MOTIF_BUSINESS_REQUIRED');
  });

  it('staff of another centre cannot open the motif', async () => {
    const m = await newMotif(officer);
    const other = await officerOfNewCentre(t);
    expect((await other.session.request('GET', `/api/motifs/${m.id}`)).statusCode).toBe(403);
  });
});

describe('motif images', () => {
  it('keeps the original byte-for-byte with its SHA-256, uploader and server time; serves WebP sizes', async () => {
    const m = await newMotif(officer);
    const bytes = await photo();
    const before = Date.now();
    const res = await upload(officer, m.id, 'kain surya.jpg', bytes);
    expect(res.statusCode).toBe(201);
    const [img] = res.json();
    expect(img).toMatchObject({
      sha256: sha(bytes),
      mimeType: 'image/jpeg',
      width: 1200,
      height: 900,
      sizeBytes: bytes.length,
      isPrimary: true,
    });
    expect(img.uploadedByLabel).toBeTruthy();
    expect(new Date(img.uploadedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    const original = await officer.request('GET', img.urls.original);
    expect(original.statusCode).toBe(200);
    expect(sha(original.rawPayload)).toBe(sha(bytes));
    const thumb = await officer.request('GET', img.urls.thumb);
    expect(thumb.headers['content-type']).toBe('image/webp');
    const meta = await sharp(thumb.rawPayload).metadata();
    expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBe(320);
    expect(meta.exif).toBeUndefined();
  });

  it('the same file again: tells which motif already holds it, stores nothing', async () => {
    const a = await newMotif(officer, { name: 'Pring Sedapur' });
    const b = await newMotif(officer, { name: 'Mrico Bolong' });
    const bytes = await photo();
    expect((await upload(officer, a.id, 'pring.jpg', bytes)).statusCode).toBe(201);
    const again = await upload(officer, b.id, 'salinan.jpg', bytes);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toContain('Pring Sedapur');
    expect(again.json().message).toContain(sha(bytes).slice(0, 12));
    expect((await officer.request('GET', `/api/motifs/${b.id}`)).json().images).toEqual([]);
    const files = await t.db.execute(
      sql`select count(*)::int n from stored_file where sha256 = ${sha(bytes)}`,
    );
    expect(files.rows[0]).toEqual({ n: 1 });
  });

  it('another artisan uploading a file held by a motif they cannot see is not told its name', async () => {
    const biz = await newBusiness(officer, { name: 'Batik Rahasia' });
    const hidden = await newMotif(officer, { name: 'Motif Rahasia', businessId: biz.id });
    const bytes = await photo();
    await upload(officer, hidden.id, 'rahasia.jpg', bytes);
    const mine = await newBusiness(officer, { name: 'Batik Peniru' });
    const artisan = await artisanOf(mine.id);
    const own = (await artisan.request('POST', '/api/motifs', { name: 'Tiruan' })).json();
    const res = await upload(artisan, own.id, 'tiruan.jpg', bytes);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('IMAGE_DUPLICATE_HIDDEN');
    expect(res.json().message).not.toContain('Motif Rahasia');
  });

  it('refuses what is not an image, SVG with script, a decompression bomb, a truncated JPEG and 50 MB, storing nothing', async () => {
    const m = await newMotif(officer);
    const count = async () =>
      (await t.db.execute(sql`select count(*)::int n from stored_file where centre_id = ${centreId}`))
        .rows[0];
    const before = await count();

    const exe = await upload(officer, m.id, 'foto.jpg', Buffer.from('MZ\x90\x00 this is a program'));
    expect(exe.statusCode).toBe(400);
    expect(exe.json()).toMatchObject({ code: 'IMAGE_NOT_IMAGE' });
    expect(exe.json().message).toMatch(/bukan gambar/);

    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>',
    );
    expect((await upload(officer, m.id, 'motif.png', svg)).json().code).toBe('IMAGE_SVG_REFUSED');

    const bomb = pngHeaderOnly(30_000, 30_000);
    const bombRes = await upload(officer, m.id, 'besar.png', bomb);
    expect(bombRes.statusCode).toBe(400);
    expect(bombRes.json().code).toBe('IMAGE_TOO_MANY_PIXELS');
    expect(bombRes.json().message).toContain('30000 × 30000');

    const whole = await photo();
    const cut = await upload(officer, m.id, 'putus.jpg', whole.subarray(0, Math.floor(whole.length / 2)));
    expect(cut.json().code).toBe('IMAGE_CORRUPT');

    const huge = await upload(
      officer,
      m.id,
      'besar.jpg',
      Buffer.concat([whole, Buffer.alloc(50 * 1024 * 1024)]),
    );
    expect(huge.statusCode).toBe(413);
    expect(huge.json().message).toMatch(/20 MB/);

    expect(await count()).toEqual(before);
    expect((await officer.request('GET', `/api/motifs/${m.id}`)).json().images).toEqual([]);
  });

  it('reads the caption whether it comes before or after the file', async () => {
    const m = await newMotif(officer);
    const boundary = '----sentra-urutan';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
      ),
      await photo(),
      Buffer.from(
        `\r\n--${boundary}\r\nContent-Disposition: form-data; name="caption"\r\n\r\nKain depan\r\n--${boundary}--\r\n`,
      ),
    ]);
    const res = await officer.request('POST', `/api/motifs/${m.id}/images`, payload, {
      'content-type': `multipart/form-data; boundary=${boundary}`,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()[0].caption).toBe('Kain depan');
  });

  it('an admin of every centre creates a motif for a business without naming the centre', async () => {
    const biz = await newBusiness(officer, { name: 'Batik Lintas Sentra' });
    const admin = await t.login(await t.newUser({ role: 'admin', centreId: null }));
    const res = await admin.request('POST', '/api/motifs', { name: 'Motif Admin', businessId: biz.id });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ centreId, businessName: 'Batik Lintas Sentra' });
  });

  it('a draft motif image is not public; a published one is', async () => {
    const m = await newMotif(officer);
    const [img] = (await upload(officer, m.id, 'a.jpg', await photo())).json();
    const anon = () => t.app.inject({ method: 'GET', url: img.urls.web });
    expect((await anon()).statusCode).toBe(401);
    await officer.request('PATCH', `/api/motifs/${m.id}`, { status: 'published' });
    expect((await anon()).statusCode).toBe(200);
    // The original stays with the people who may open the motif.
    expect((await t.app.inject({ method: 'GET', url: img.urls.original })).statusCode).toBe(401);
  });
});

/** A PNG whose header declares width × height, with almost no data: a decompression bomb's header. */
function pngHeaderOnly(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(1024))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('IP records', () => {
  const recorded = {
    kind: 'hak_cipta',
    status: 'recorded',
    applicationNumber: 'EC002023079870',
    applicationDate: '2023-05-10',
    recordNumber: '001265752',
    recordDate: '2023-05-10',
    workKind: 'karya_seni_batik',
    holderKind: 'perorangan',
    holderName: 'Bu Siti Aminah',
    firstPublishedOn: '2022-08-17',
    firstPublishedPlace: 'Kota Mojokerto',
  };

  it('records a Hak Cipta with its numbers and computes the term with its article', async () => {
    const m = await newMotif(officer);
    const res = await officer.request('POST', `/api/motifs/${m.id}/ip-records`, recorded);
    expect(res.statusCode).toBe(201);
    const r = res.json();
    expect(r).toMatchObject({ status: 'recorded', recordNumber: '001265752' });
    expect(r.term).toMatchObject({ state: 'lifetime_plus', years: 70 });
    expect(r.term.legalSource).toContain('Pasal 58');
    expect(r.events).toHaveLength(1);
  });

  it('refuses an application number in the wrong format, a year that disagrees, a bad record number and a record before its application', async () => {
    const m = await newMotif(officer);
    const post = (over: Record<string, unknown>) =>
      officer.request('POST', `/api/motifs/${m.id}/ip-records`, { ...recorded, ...over });
    const wrong = await post({ applicationNumber: 'EC-2023-79870' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields).toContainEqual({
      path: 'applicationNumber',
      message: expect.stringMatching(/EC00 \+ tahun \+ 6 angka/),
    });
    const year = await post({ applicationNumber: 'EC002019079870' });
    expect(year.json().fields[0].message).toMatch(/Tahun pada nomor permohonan \(2019\)/);
    const recNo = await post({ recordNumber: '12345' });
    expect(recNo.json().fields[0]).toMatchObject({ path: 'recordNumber' });
    const early = await post({ recordDate: '2023-05-01' });
    expect(early.json().fields).toContainEqual({
      path: 'recordDate',
      message: 'Tanggal pencatatan tidak boleh sebelum tanggal permohonan.',
    });
    const missing = await post({ recordNumber: null, recordDate: null });
    expect(
      missing
        .json()
        .fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['recordDate', 'recordNumber']);
    const english = await officer.request(
      'POST',
      `/api/motifs/${m.id}/ip-records`,
      { ...recorded, applicationNumber: 'X12' },
      { 'accept-language': 'en' },
    );
    expect(english.json().fields[0].message).toMatch(/EC00 \+ year/);
    expect((await officer.request('GET', `/api/motifs/${m.id}`)).json().ipRecords).toEqual([]);
  });

  it('one application number belongs to one record', async () => {
    const a = await newMotif(officer);
    const b = await newMotif(officer);
    const number = {
      applicationNumber: 'EC002024000111',
      applicationDate: '2024-02-01',
      recordNumber: '000000111',
      recordDate: '2024-02-01',
    };
    expect(
      (await officer.request('POST', `/api/motifs/${a.id}/ip-records`, { ...recorded, ...number }))
        .statusCode,
    ).toBe(201);
    const dup = await officer.request('POST', `/api/motifs/${b.id}/ip-records`, {
      ...recorded,
      ...number,
      recordNumber: '000000112',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().message).toContain('EC002024000111');
    expect(dup.json().message).toContain(a.name);
  });

  it('a term asked for a motif with no creator says what to add', async () => {
    const m = await newMotif(officer, { creators: [] });
    const r = (
      await officer.request('POST', `/api/motifs/${m.id}/ip-records`, {
        ...recorded,
        applicationNumber: 'EC002023000222',
        recordNumber: '000000222',
      })
    ).json();
    expect(r.term).toMatchObject({ state: 'missing', missing: 'creator' });
    expect(r.term.rule.id).toMatch(/Tambahkan pencipta/);
  });

  it('the stored term follows the creators: a death date moves "expiring within N months"', async () => {
    const m = await newMotif(officer, { name: 'Motif Lama', creators: [{ name: 'Mbah Karto' }] });
    await officer.request('POST', `/api/motifs/${m.id}/ip-records`, {
      ...recorded,
      applicationNumber: 'EC002023000333',
      recordNumber: '000000333',
      holderName: 'Mbah Karto',
    });
    const expiring = async () =>
      (await officer.request('GET', '/api/motifs?expiringWithinMonths=24'))
        .json()
        .items.map((i: { name: string }) => i.name);
    expect(await expiring()).not.toContain('Motif Lama');
    // Died in 1956: protected to 31 Dec 2026, within 24 months of today (2026-11-28 in the frame).
    const year = new Date().getUTCFullYear() - 70;
    await officer.request('PATCH', `/api/motifs/${m.id}`, {
      creators: [{ name: 'Mbah Karto', deceased: true, diedOn: `${year}-06-01` }],
    });
    const detail = (await officer.request('GET', `/api/motifs/${m.id}`)).json();
    expect(detail.ipRecords[0].term).toMatchObject({ state: 'until', endsOn: `${year + 70}-12-31` });
    expect(await expiring()).toContain('Motif Lama');
  });

  it('Desain Industri and KIK records with their own terms', async () => {
    const m = await newMotif(officer);
    const di = await officer.request('POST', `/api/motifs/${m.id}/ip-records`, {
      kind: 'desain_industri',
      status: 'filed',
      applicationNumber: 'A00202400123',
      applicationDate: '2024-03-01',
      holderName: 'CV Batik Majapahit',
    });
    expect(di.statusCode).toBe(201);
    expect(di.json().term).toMatchObject({ state: 'until', endsOn: '2034-02-28' });
    const kik = await officer.request('POST', `/api/motifs/${m.id}/ip-records`, {
      kind: 'kik',
      status: 'recorded',
      custodian: 'Masyarakat Kota Mojokerto',
      custodianWilayahCode: '35.76',
      inventoryNumber: 'EBT-35-2023-0042',
      holderKind: 'negara',
    });
    expect(kik.statusCode).toBe(201);
    expect(kik.json().term.state).toBe('unlimited');
  });

  it('status moves only along the process, needs its fields, and keeps its history', async () => {
    const m = await newMotif(officer);
    const draft = (
      await officer.request('POST', `/api/motifs/${m.id}/ip-records`, { kind: 'hak_cipta' })
    ).json();
    const to = (status: string, note?: string) =>
      officer.request('POST', `/api/motifs/${m.id}/ip-records/${draft.id}/status`, { status, note });
    const jump = await to('recorded');
    expect(jump.statusCode).toBe(409);
    expect(jump.json().message).toBe('Status “draf” tidak dapat diubah menjadi “tercatat/terdaftar”.');
    const bare = await to('filed');
    expect(bare.statusCode).toBe(400);
    expect(bare.json().message).toContain('nomor permohonan, tanggal permohonan');
    await officer.request('PATCH', `/api/motifs/${m.id}/ip-records/${draft.id}`, {
      applicationNumber: 'EC002025000444',
      applicationDate: '2025-01-15',
      holderKind: 'perorangan',
      holderName: 'Bu Siti',
    });
    expect((await to('filed', 'Diajukan lewat e-Hak Cipta')).statusCode).toBe(200);
    await officer.request('PATCH', `/api/motifs/${m.id}/ip-records/${draft.id}`, {
      recordNumber: '000000444',
      recordDate: '2025-01-15',
    });
    const done = (await to('recorded')).json();
    expect(done.events.map((e: { toStatus: string }) => e.toStatus)).toEqual(['draft', 'filed', 'recorded']);
    expect(done.events[1].note).toBe('Diajukan lewat e-Hak Cipta');
    // Recorded evidence stays: neither the record, its motif nor its images can be deleted.
    expect((await officer.request('DELETE', `/api/motifs/${m.id}/ip-records/${draft.id}`)).statusCode).toBe(
      409,
    );
    expect((await officer.request('DELETE', `/api/motifs/${m.id}`)).statusCode).toBe(409);
  });

  it('an artisan requests recording, follows it, and cannot request twice', async () => {
    const biz = await newBusiness(officer, { name: 'Batik Pemohon' });
    const artisan = await artisanOf(biz.id);
    const m = (
      await artisan.request('POST', '/api/motifs', {
        name: 'Rawan Inggek Baru',
        creators: [{ name: 'Bu Ani' }],
      })
    ).json();
    const req = await artisan.request('POST', `/api/motifs/${m.id}/recording-requests`, {
      note: 'Mohon dibantu mencatatkan hak cipta.',
    });
    expect(req.statusCode).toBe(201);
    expect(req.json()).toMatchObject({
      status: 'requested',
      holderName: 'Batik Pemohon',
      // A UD is not a badan hukum: its people hold the right, so the life-plus-70 rule applies.
      holderKind: 'perorangan',
      workKind: 'karya_seni_batik',
      term: { state: 'lifetime_plus', years: 70 },
    });
    const twice = await artisan.request('POST', `/api/motifs/${m.id}/recording-requests`, {});
    expect(twice.statusCode).toBe(409);
    const dash = (await officer.request('GET', '/api/motifs/dashboard')).json();
    expect(dash.openRequests).toBeGreaterThanOrEqual(1);
    const taken = await officer.request('POST', `/api/motifs/${m.id}/ip-records/${req.json().id}/status`, {
      status: 'draft',
      note: 'Diproses petugas',
    });
    expect(taken.statusCode).toBe(200);
    const seen = (await artisan.request('GET', `/api/motifs/${m.id}`)).json();
    expect(seen.ipRecords[0].events.map((e: { toStatus: string }) => e.toStatus)).toEqual([
      'requested',
      'draft',
    ]);
  });

  it('the dashboard counts motifs with a recorded right (the "103 motifs" figure) and those without any', async () => {
    const o = await officerOfNewCentre(t);
    const s = o.session;
    const a = await newMotif(s, { name: 'A' });
    await newMotif(s, { name: 'B' });
    const c = await newMotif(s, { name: 'C', status: 'published' });
    await s.request('POST', `/api/motifs/${a.id}/ip-records`, {
      ...recorded,
      applicationNumber: 'EC002023000555',
      recordNumber: '000000555',
    });
    await s.request('POST', `/api/motifs/${c.id}/ip-records`, { kind: 'hak_cipta' });
    const dash = (await s.request('GET', '/api/motifs/dashboard')).json();
    expect(dash).toMatchObject({
      motifs: { total: 3, published: 1, draft: 2 },
      motifsWithRecordedIp: 1,
      motifsWithoutIp: 1,
    });
    expect(dash.byKindAndStatus).toEqual([
      { kind: 'hak_cipta', status: 'draft', count: 1 },
      { kind: 'hak_cipta', status: 'recorded', count: 1 },
    ]);
    const without = (await s.request('GET', '/api/motifs?withoutIp=true')).json();
    expect(without.items.map((i: { name: string }) => i.name)).toEqual(['B']);
    const byHolder = (await s.request('GET', '/api/motifs?holder=siti&ipStatus=recorded')).json();
    expect(byHolder.items.map((i: { name: string }) => i.name)).toEqual(['A']);
  });
});

describe('evidence pack', () => {
  it('holds the originals unchanged, their SHA-256, the records, certificates and a summary page', async () => {
    const m = await newMotif(officer, { name: 'Sisik Gringsing' });
    const one = await photo();
    const two = await photo(800, 800);
    await upload(officer, m.id, 'depan.jpg', one);
    await upload(officer, m.id, 'detail.jpg', two);
    const r = (
      await officer.request('POST', `/api/motifs/${m.id}/ip-records`, {
        ...{
          kind: 'hak_cipta',
          status: 'recorded',
          applicationNumber: 'EC002023000666',
          applicationDate: '2023-05-10',
          recordNumber: '000000666',
          recordDate: '2023-05-11',
          workKind: 'karya_seni_batik',
          holderKind: 'perorangan',
          holderName: 'Bu Siti Aminah',
        },
      })
    ).json();
    const pdf = Buffer.from('%PDF-1.4\n% surat pencatatan ciptaan uji\n%%EOF\n');
    const doc = multipart('surat pencatatan.pdf', pdf, { label: 'sertifikat' });
    const attached = await officer.request(
      'POST',
      `/api/motifs/${m.id}/ip-records/${r.id}/documents`,
      doc.payload,
      doc.headers,
    );
    expect(attached.statusCode).toBe(200);

    const res = await officer.request('GET', `/api/motifs/${m.id}/evidence-pack`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toContain('bukti-motif-sisik-gringsing.zip');
    const files = unzipSync(new Uint8Array(res.rawPayload));
    const names = Object.keys(files);
    const originals = names.filter((n) => n.startsWith('gambar-asli/'));
    expect(originals).toHaveLength(2);
    expect(originals.map((n) => sha(files[n] as Uint8Array)).sort()).toEqual([sha(one), sha(two)].sort());
    const cert = names.find((n) => n.startsWith('dokumen-hki/'));
    expect(cert && sha(files[cert] as Uint8Array)).toBe(sha(pdf));

    // Every file is listed with its true SHA-256, in `sha256sum -c` format.
    const sums = new TextDecoder().decode(files['SHA256SUMS.txt']);
    const lines = sums.trim().split('\n');
    expect(lines).toHaveLength(names.length - 1);
    for (const line of lines) {
      const [hash, path] = line.split('  ');
      expect(sha(files[path as string] as Uint8Array)).toBe(hash);
    }

    const summary = new TextDecoder().decode(files['RINGKASAN.html']);
    expect(summary).toContain('Sisik Gringsing');
    expect(summary).toContain(sha(one));
    expect(summary).toContain('EC002023000666');
    expect(summary).toContain('000000666');
    expect(summary).toContain('Seumur hidup pencipta + 70 tahun');
    expect(summary).toContain('WIB');
    expect(summary).not.toContain('<script');

    const data = JSON.parse(new TextDecoder().decode(files['motif.json']));
    expect(data.motif.images.map((i: { uploadedAt: string }) => i.uploadedAt)).toHaveLength(2);
    expect(data.motif.ipRecords[0].documents[0].sha256).toBe(sha(pdf));
  });

  it('an artisan can download the pack of their own motif only', async () => {
    const biz = await newBusiness(officer, { name: 'Batik Bukti' });
    const artisan = await artisanOf(biz.id);
    const own = (await artisan.request('POST', '/api/motifs', { name: 'Motif Bukti' })).json();
    const other = await newMotif(officer);
    expect((await artisan.request('GET', `/api/motifs/${own.id}/evidence-pack`)).statusCode).toBe(200);
    expect((await artisan.request('GET', `/api/motifs/${other.id}/evidence-pack`)).statusCode).toBe(403);
  });
});
