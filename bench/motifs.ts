/**
 * Motifs benchmark (issue 4): `npm run bench:motifs`. Not a test: it prints figures. It loads a
 * fixed set of motifs into its own embedded PostgreSQL (the registry bench's cluster, port
 * 54377), runs the server in-process and measures over HTTP on 127.0.0.1:
 *   - phone-photo uploads (12-megapixel JPEG: check, SHA-256, three WebP sizes, store), one at a time;
 *   - the motif list and the dashboard under 10 connections, with BENCH_MOTIFS motifs;
 *   - serving a thumbnail;
 *   - the evidence pack of a motif holding those BENCH_UPLOADS originals.
 * Env: BENCH_MOTIFS (2000), BENCH_SECONDS (10), BENCH_UPLOADS (12).
 */
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { startBenchServer } from './lib/bench-server.js';

const intEnv = (name: string, fallback: number) => {
  const n = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer`);
  return n;
};
const MOTIFS = intEnv('BENCH_MOTIFS', 2000);
const SECONDS = intEnv('BENCH_SECONDS', 10);
const UPLOADS = intEnv('BENCH_UPLOADS', 12);
const log = (line: string) => process.stderr.write(`[bench:motifs] ${line}\n`);
const rows: [string, string][] = [];

/** A 4000 × 3000 JPEG with texture, different per seed: what a phone sends. */
async function phonePhoto(seed: number): Promise<Buffer> {
  return sharp({
    create: {
      width: 4000,
      height: 3000,
      channels: 3,
      background: { r: 90 + (seed % 120), g: 60, b: 30 },
      noise: { type: 'gaussian', mean: 110, sigma: 25 },
    },
  })
    .jpeg({ quality: 88 })
    .toBuffer();
}

function multipart(fileName: string, bytes: Buffer) {
  const boundary = '----sentra-bench';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: image/jpeg\r\n\r\n`;
  return {
    body: Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    type: `multipart/form-data; boundary=${boundary}`,
  };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};

async function main() {
  const s = await startBenchServer({ rows: 200, log });
  try {
    const headers = { cookie: s.cookie, 'x-csrf-token': s.csrf };
    const api = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${s.url}${path}`, {
        method,
        headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : null,
      });
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      return res;
    };

    // Motifs and records in bulk: half with a recorded Hak Cipta, a tenth with a filed one.
    let t = performance.now();
    await s.db.execute(sql`
      insert into motif (centre_id, name, alt_names, technique, status, tags)
      select ${s.centreId}::uuid, 'Motif Bench ' || g, array['Nama Lain ' || g],
             (array['tulis','cap','kombinasi'])[1 + g % 3], case when g % 4 = 0 then 'draft' else 'published' end,
             array['geometris']
      from generate_series(1, ${MOTIFS}) g`);
    await s.db.execute(sql`
      insert into ip_record (motif_id, centre_id, kind, status, application_number, application_date,
                             record_number, record_date, work_kind, holder_kind, holder_name,
                             first_published_on, term_state, term_ends_on)
      select m.id, m.centre_id, 'hak_cipta', case when n % 5 = 0 then 'filed' else 'recorded' end,
             'EC002020' || lpad(n::text, 6, '0'), date '2020-03-01',
             case when n % 5 = 0 then null else lpad(n::text, 9, '0') end,
             case when n % 5 = 0 then null else date '2020-03-02' end,
             'karya_seni_batik', 'badan_hukum', 'Pemegang ' || (n % 50), date '2019-01-01',
             'until', date '2019-01-01' + (n % 60) * interval '1 year' - interval '1 day'
      from (select id, centre_id, row_number() over (order by name) n from motif) m
      where n % 2 = 0 or n % 5 = 0`);
    rows.push([
      'motifs / IP records loaded',
      `${MOTIFS.toLocaleString('en-US')} / ${(await s.db.execute(sql`select count(*)::int n from ip_record`)).rows[0]?.n} in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    ]);

    // Uploads, one after the other, into one motif.
    const [target] = (await s.db.execute(sql`select id from motif order by name limit 1`)).rows as {
      id: string;
    }[];
    if (!target) throw new Error('no motif');
    const photos: Buffer[] = [];
    for (let i = 0; i < UPLOADS; i++) photos.push(await phonePhoto(i));
    const uploadMs: number[] = [];
    let imageId = '';
    for (const [i, p] of photos.entries()) {
      const m = multipart(`foto-${i}.jpg`, p);
      const t0 = performance.now();
      const res = await fetch(`${s.url}/api/motifs/${target.id}/images`, {
        method: 'POST',
        headers: { ...headers, 'content-type': m.type },
        body: m.body,
      });
      uploadMs.push(performance.now() - t0);
      if (res.status !== 201) throw new Error(`upload ${res.status} ${await res.text()}`);
      imageId ||= ((await res.json()) as { id: string }[])[0]?.id ?? '';
    }
    const mb = photos.reduce((a, p) => a + p.length, 0) / photos.length / 1024 / 1024;
    rows.push([
      `upload of a 12 MP phone JPEG (${mb.toFixed(1)} MB), serial ×${UPLOADS}`,
      `p50 ${pct(uploadMs, 50).toFixed(0)} ms, p95 ${pct(uploadMs, 95).toFixed(0)} ms`,
    ]);

    // The evidence pack of that motif, holding every original just uploaded.
    t = performance.now();
    const pack = await api('GET', `/api/motifs/${target.id}/evidence-pack`);
    const zipBytes = (await pack.arrayBuffer()).byteLength;
    rows.push([
      `evidence pack with ${UPLOADS} originals`,
      `${(performance.now() - t).toFixed(0)} ms, ${(zipBytes / 1024 / 1024).toFixed(1)} MiB`,
    ]);

    const load = async (name: string, path: string) => {
      await autocannon({ url: `${s.url}${path}`, headers, connections: 10, duration: 2 });
      const r = await autocannon({ url: `${s.url}${path}`, headers, connections: 10, duration: SECONDS });
      if (r.non2xx) throw new Error(`${name}: ${r.non2xx} non-2xx`);
      rows.push([
        name,
        `${Math.round(r.requests.average)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms`,
      ]);
    };
    await load('list, first page (24)', '/api/motifs');
    await load('list, search + IP filters', '/api/motifs?q=bench%201&ipStatus=recorded&holder=pemegang');
    await load('list, expiring within 24 months', '/api/motifs?expiringWithinMonths=24');
    await load('dashboard', '/api/motifs/dashboard');
    await load('thumbnail (WebP)', `/api/motifs/images/${imageId}/thumb`);
  } finally {
    await s.stop();
  }
  const width = Math.max(...rows.map(([k]) => k.length));
  process.stdout.write(`\nMotifs benchmark (${MOTIFS} motifs, ${SECONDS} s runs, 10 connections)\n`);
  for (const [k, v] of rows) process.stdout.write(`  ${k.padEnd(width)}  ${v}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : err}\n`);
  process.exit(1);
});
