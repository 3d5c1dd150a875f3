/**
 * Construction-monitoring benchmark (issue 6): `npm run bench:projects`. Not a test: it prints
 * figures. It loads the demo contract of the Sentra IKM Batik building (54 RAB items, 23 approved
 * weekly reports, 3 photos) into the registry bench's embedded PostgreSQL (port 54377), runs the
 * server in-process and measures over HTTP on 127.0.0.1:
 *   - the RAB import preview of the realistic workbook (parse + planned S-curve), serial;
 *   - the status (S-curve, kontrak kritis per week, forecast, penalty, DAK) under 10 connections;
 *   - the contract list; the weekly PDF when the export route exists.
 * Env: BENCH_SECONDS (10), BENCH_IMPORTS (20).
 */
import autocannon from 'autocannon';
import { eq } from 'drizzle-orm';
import { insertDemoProject, prepareDemoProject } from '../server/src/db/seed/demo-project.js';
import { buildRealisticRab } from '../server/src/modules/projects/import/fixtures/generate-rab.js';
import { contracts } from '../server/src/modules/projects/projects.tables.js';
import { startBenchServer } from './lib/bench-server.js';

const intEnv = (name: string, fallback: number) => {
  const n = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer`);
  return n;
};
const SECONDS = intEnv('BENCH_SECONDS', 10);
const IMPORTS = intEnv('BENCH_IMPORTS', 20);
const log = (line: string) => process.stderr.write(`[bench:projects] ${line}\n`);
const rows: [string, string][] = [];
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;

async function main() {
  const s = await startBenchServer({ rows: 200, log });
  try {
    const headers = { cookie: s.cookie, 'x-csrf-token': s.csrf };
    const prepared = await prepareDemoProject();
    const contractId = await s.db.transaction((tx) => insertDemoProject(tx, s.centreId, prepared));
    const [contract] = await s.db.select().from(contracts).where(eq(contracts.id, contractId));
    if (!contract) throw new Error('demo contract missing');

    const workbook = await buildRealisticRab();
    const boundary = '----sentra-bench-rab';
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="rab.xlsx"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
      ),
      workbook,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const importMs: number[] = [];
    for (let i = 0; i < IMPORTS; i++) {
      const t0 = performance.now();
      const res = await fetch(`${s.url}/api/projects/${contractId}/boq/import`, {
        method: 'POST',
        headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
        body,
      });
      importMs.push(performance.now() - t0);
      if (res.status !== 200) throw new Error(`import ${res.status} ${await res.text()}`);
    }
    rows.push([
      `RAB import preview (${(workbook.length / 1024).toFixed(0)} KB, 54 items, 23 weeks), serial ×${IMPORTS}`,
      `p50 ${pct(importMs, 50).toFixed(0)} ms, p95 ${pct(importMs, 95).toFixed(0)} ms`,
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
    await load('status (23 weeks, kontrak kritis per week)', `/api/projects/${contractId}/status`);
    await load('contract list', '/api/projects');
    const pdf = await fetch(`${s.url}/api/projects/${contractId}/reports/21/pdf`, { headers });
    if (pdf.status === 200)
      await load('weekly PDF, week 21 (chart, table, photos)', `/api/projects/${contractId}/reports/21/pdf`);
    else rows.push(['weekly PDF', `route answered ${pdf.status}: not measured`]);
  } finally {
    await s.stop();
  }
  const width = Math.max(...rows.map(([k]) => k.length));
  process.stdout.write(`\nProjects benchmark (${SECONDS} s runs, 10 connections)\n`);
  for (const [k, v] of rows) process.stdout.write(`  ${k.padEnd(width)}  ${v}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : err}\n`);
  process.exit(1);
});
