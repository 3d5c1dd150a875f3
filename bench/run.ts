/**
 * Registry benchmark (issue 3): `npm run bench`. Not a test: it prints figures and PASS/MISS
 * against the issue's targets. Env: BENCH_ROWS (100000), BENCH_SECONDS (10), BENCH_CONNECTIONS
 * (10), BENCH_IMPORT_ROWS (10000), BENCH_EXPLAIN=1 (print query plans), BENCH_KEEP_PG=1 (keep
 * .tmp/bench-pg and the server's data after the run). All traffic goes to 127.0.0.1.
 */
import { cpus, loadavg } from 'node:os';
import autocannon, { type AutocannonRequest, type AutocannonResult } from 'autocannon';
import { type BenchServer, startBenchServer } from './lib/bench-server.js';
import { executionMs, explainAnalyze, listQueries } from './lib/explain.js';
import { benchExport, benchImport, prepareImportFile } from './lib/import-export.js';
import { SEARCH_CASES, searchPath } from './lib/search-cases.js';

function intEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`${name} must be an integer in ${min}…${max}`);
  return n;
}

const ROWS = intEnv('BENCH_ROWS', 100_000, 100, 2_000_000);
const SECONDS = intEnv('BENCH_SECONDS', 10, 1, 120);
const CONNECTIONS = intEnv('BENCH_CONNECTIONS', 10, 1, 200);
const IMPORT_ROWS = intEnv('BENCH_IMPORT_ROWS', 10_000, 10, 100_000);
const EXPLAIN = process.env.BENCH_EXPLAIN === '1';
const KEEP_PG = process.env.BENCH_KEEP_PG === '1';
/** Comma-separated indexes to drop after migrating (before/after figures of a migration). */
const DROP_INDEXES = (process.env.BENCH_DROP_INDEXES ?? '').split(',').filter(Boolean);

const TARGET_P99_MS = 50;
const TARGET_RPS = 1_000;
const TARGET_IMPORT_MS = 5_000;

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const fmtMs = (v: number) => (v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${v.toFixed(v < 10 ? 2 : 0)} ms`);
const fmtInt = (v: number) => Math.round(v).toLocaleString('en-US');
const fmtMiB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

interface Row {
  figure: string;
  value: string;
  target?: string;
  verdict?: 'PASS' | 'MISS' | 'n/a';
}
const table: Row[] = [];
const notes: string[] = [];
/** maxRSS after each phase: the peak is monotonic, so the phase where it jumps is the culprit. */
const rssMarks: string[] = [];
const markRss = (phase: string) => rssMarks.push(`${phase} ${fmtMiB(process.resourceUsage().maxRSS * 1024)}`);

async function databaseSize(s: BenchServer): Promise<number> {
  const res = await s.pool.query<{ n: number }>('select pg_database_size(current_database())::bigint as n');
  return res.rows[0]?.n ?? 0;
}

interface LoadFigures {
  name: string;
  result: AutocannonResult;
  /** Mean latency of sequential requests (one at a time), and DB statements per request. */
  serialMs: number;
  queriesPerRequest: number;
}

/** Waits (at most 10 s) until requests abandoned by a previous load run have left the pool. */
async function settle(s: BenchServer) {
  for (let i = 0; i < 100 && s.pool.idleCount < s.pool.totalCount; i++)
    await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 200));
}

async function serialProbe(s: BenchServer, paths: string[], rounds: number) {
  await settle(s);
  let acquired = 0;
  const onAcquire = () => {
    acquired++;
  };
  s.pool.on('acquire', onAcquire);
  const t = performance.now();
  for (let i = 0; i < rounds; i++) {
    const res = await fetch(s.url + paths[i % paths.length], { headers: { cookie: s.cookie } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`GET ${paths[i % paths.length]} → ${res.status}`);
  }
  const serialMs = (performance.now() - t) / rounds;
  s.pool.off('acquire', onAcquire);
  return { serialMs, queriesPerRequest: acquired / rounds };
}

async function load(s: BenchServer, name: string, paths: string[]): Promise<LoadFigures> {
  const probe = await serialProbe(s, paths, Math.max(paths.length * 2, 40));
  const requests: AutocannonRequest[] = paths.map((path) => ({ method: 'GET', path }));
  const common = {
    url: s.url,
    connections: CONNECTIONS,
    headers: { cookie: s.cookie },
    requests,
    timeout: 30,
    // The load generator runs in a worker thread: it does not share the server's event loop.
    workers: 1,
  };
  log(`${name}: warm-up 2 s, then ${SECONDS} s with ${CONNECTIONS} connections`);
  await autocannon({ ...common, duration: 2 });
  const result = await autocannon({ ...common, duration: SECONDS });
  return { name, result, ...probe };
}

function addLoadRows(f: LoadFigures, withTargets: boolean) {
  const r = f.result;
  const p99 = r.latency.p99;
  const rps = r.requests.average;
  table.push({ figure: `${f.name}: latency p50`, value: `${r.latency.p50} ms` });
  table.push({
    figure: `${f.name}: latency p99`,
    value: `${p99} ms`,
    ...(withTargets
      ? { target: `< ${TARGET_P99_MS} ms`, verdict: p99 < TARGET_P99_MS ? 'PASS' : 'MISS' }
      : {}),
  });
  table.push({
    figure: `${f.name}: throughput`,
    value: `${fmtInt(rps)} req/s`,
    ...(withTargets
      ? { target: `≥ ${fmtInt(TARGET_RPS)} req/s`, verdict: rps >= TARGET_RPS ? 'PASS' : 'MISS' }
      : {}),
  });
  const bad = r.non2xx + r.errors + r.timeouts;
  table.push({
    figure: `${f.name}: non-2xx / errors / timeouts`,
    value: `${r.non2xx} / ${r.errors} / ${r.timeouts} of ${fmtInt(r.latency.totalCount)}`,
    target: '0',
    verdict: bad === 0 ? 'PASS' : 'MISS',
  });
  table.push({
    figure: `${f.name}: one request alone (mean)`,
    value: `${fmtMs(f.serialMs)}, ${f.queriesPerRequest.toFixed(1)} DB statements`,
  });
}

function printTable() {
  const w0 = Math.max(...table.map((r) => r.figure.length));
  const w1 = Math.max(...table.map((r) => r.value.length));
  const w2 = Math.max(6, ...table.map((r) => (r.target ?? '').length));
  const line = (a: string, b: string, c: string, d: string) =>
    `${a.padEnd(w0)}  ${b.padStart(w1)}  ${c.padEnd(w2)}  ${d}`;
  console.log('');
  console.log(line('Figure', 'Value', 'Target', 'Verdict'));
  console.log(line('-'.repeat(w0), '-'.repeat(w1), '-'.repeat(w2), '-------'));
  for (const r of table) console.log(line(r.figure, r.value, r.target ?? '', r.verdict ?? ''));
  for (const n of notes) console.log(`\n${n}`);
}

async function printPlans(s: BenchServer, sampleNib: string) {
  const cases: [string, Record<string, string>][] = [
    ['kecamatan + fuzzy name', { kecamatan: SEARCH_CASES[0]?.kecamatan ?? '', q: SEARCH_CASES[0]?.q ?? '' }],
    ['exact NIB', { q: sampleNib }],
    ['unfiltered first page', {}],
  ];
  for (const [title, query] of cases) {
    const statements = await listQueries(s.db, s.centreId, query);
    for (const [i, q] of statements.entries()) {
      const plan = await explainAnalyze(s.pool, q);
      console.log(
        `\n=== ${title} — statement ${i + 1}/${statements.length} (${fmtMs(executionMs(plan))}) ===`,
      );
      console.log(q.sql.replace(/\s+/g, ' ').slice(0, 300));
      console.log(plan);
    }
  }
}

async function main() {
  const started = performance.now();
  log(`rows=${ROWS} seconds=${SECONDS} connections=${CONNECTIONS} importRows=${IMPORT_ROWS}`);
  if (DROP_INDEXES.length)
    notes.push(`Run without the indexes ${DROP_INDEXES.join(', ')} (BENCH_DROP_INDEXES).`);
  const loadBefore = loadavg()[0] ?? 0;
  const s = await startBenchServer({ rows: ROWS, log, dropIndexes: DROP_INDEXES });
  try {
    table.push({ figure: `set-up: embedded PostgreSQL start`, value: fmtMs(s.timings.startPg) });
    table.push({ figure: `set-up: migrate + reference data`, value: fmtMs(s.timings.migrate) });
    table.push({
      figure: `load ${fmtInt(ROWS)} businesses (INSERT … unnest)`,
      value: `${fmtMs(s.timings.load)} (${fmtInt(ROWS / (s.timings.load / 1000))} rows/s)`,
    });
    table.push({ figure: `set-up: VACUUM ANALYZE`, value: fmtMs(s.timings.vacuumAnalyze) });
    table.push({ figure: `PostgreSQL database size after the load`, value: fmtMiB(await databaseSize(s)) });
    markRss('load');
    // Built now (in a child process) so that neither its time nor its memory is the import's.
    const importFile = await prepareImportFile(s, IMPORT_ROWS);
    table.push({
      figure: `import file: ${fmtInt(IMPORT_ROWS)}-row xlsx built with exceljs`,
      value: `${fmtMs(importFile.buildMs)}, ${fmtMiB(importFile.bytes.byteLength)}`,
    });
    markRss('import file built');

    // What each fuzzy query finds (a fast search that finds nothing would prove little).
    const totals: number[] = [];
    for (const c of SEARCH_CASES) {
      const res = await fetch(s.url + searchPath(c), { headers: { cookie: s.cookie } });
      if (res.status !== 200) throw new Error(`search ${searchPath(c)} → ${res.status} ${await res.text()}`);
      totals.push(((await res.json()) as { total: number }).total);
    }
    notes.push(
      `Matches per search case (total of the page's filter): ${SEARCH_CASES.map((c, i) => `${c.q}@${c.kecamatan}=${totals[i]}`).join(', ')}`,
    );

    const nibs = (
      await s.pool.query<{ nib: string }>(
        'select nib from business where nib is not null order by id limit 20',
      )
    ).rows.map((r) => r.nib);

    const search = await load(s, 'search kecamatan+fuzzy', SEARCH_CASES.map(searchPath));
    addLoadRows(search, true);
    const nib = await load(
      s,
      'search exact NIB',
      nibs.map((n) => `/api/registry/businesses?q=${n}`),
    );
    addLoadRows(nib, false);
    const first = await load(s, 'unfiltered first page', ['/api/registry/businesses']);
    addLoadRows(first, false);
    markRss('search');

    const exp = await benchExport(s, log).catch((err: Error) => {
      table.push({ figure: 'export xlsx', value: `failed: ${err.message.slice(0, 60)}…`, verdict: 'MISS' });
      notes.push(`Export failed: ${err.message}`);
      return undefined;
    });
    if (exp) {
      table.push({ figure: `export ${fmtInt(exp.rows)} rows as xlsx`, value: fmtMs(exp.ms) });
      table.push({ figure: 'export: bytes written', value: `${fmtInt(exp.bytes)} (${fmtMiB(exp.bytes)})` });
      table.push({ figure: 'export: time to first byte', value: fmtMs(exp.firstByteMs) });
    } else if (exp === null)
      table.push({ figure: 'export xlsx', value: 'route not there yet', verdict: 'n/a' });

    markRss('export');

    const imp = await benchImport(s, importFile, log).catch((err: Error) => {
      table.push({
        figure: `import ${fmtInt(IMPORT_ROWS)} rows`,
        value: `failed: ${err.message.slice(0, 60)}…`,
        target: `< ${TARGET_IMPORT_MS / 1000} s`,
        verdict: 'MISS',
      });
      notes.push(`Import failed: ${err.message}`);
      return undefined;
    });
    if (imp) {
      table.push({
        figure: 'import: upload + preview',
        value: `${fmtMs(imp.previewMs)} (${fmtInt(imp.problems)} problems listed)`,
      });
      table.push({ figure: 'import: commit (valid-only)', value: fmtMs(imp.commitMs) });
      const total = imp.previewMs + imp.commitMs;
      table.push({
        figure: 'import: preview + commit',
        value: fmtMs(total),
        target: `< ${TARGET_IMPORT_MS / 1000} s`,
        verdict: total < TARGET_IMPORT_MS ? 'PASS' : 'MISS',
      });
      table.push({ figure: 'import: result', value: imp.summary });
    } else if (imp === null)
      table.push({ figure: 'import xlsx', value: 'route not there yet', verdict: 'n/a' });

    markRss('import');
    table.push({ figure: 'PostgreSQL database size at the end', value: fmtMiB(await databaseSize(s)) });
    table.push({
      figure: 'peak RSS of this process (server + bench)',
      value: fmtMiB(process.resourceUsage().maxRSS * 1024),
    });
    table.push({ figure: 'total wall time', value: fmtMs(performance.now() - started) });
    notes.push(`Peak RSS (maxRSS) after each phase: ${rssMarks.join(', ')}`);
    notes.push(
      `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), 1-min load average ${loadBefore.toFixed(2)} before, ` +
        `${(loadavg()[0] ?? 0).toFixed(2)} after (the figure before includes the tail of any previous run).`,
    );

    if (EXPLAIN) await printPlans(s, nibs[0] ?? '');
  } finally {
    await s.stop({ keepData: KEEP_PG });
    printTable();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
