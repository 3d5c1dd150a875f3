import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildApp } from './app.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { migrateDatabase, openDatabase } from './db/runtime.js';
import { formatDemoLogins, seedDemo } from './db/seed/demo.js';
import { deleteExpiredSessions } from './modules/accounts/sessions.repository.js';

/** Starts Sentra: config, database (embedded unless DATABASE_URL), migrations, demo, HTTP. */
async function main() {
  const started = performance.now();
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const database = await openDatabase(config, (line) => {
    if (/FATAL|ERROR|PANIC/.test(line)) console.error(`[postgres] ${line}`);
  });
  await migrateDatabase(database.db);
  // The embedded demo seeds itself; an operator's database only when asked (npm run db:seed).
  const seed = config.seedDemo === 'always' || (config.seedDemo === 'auto' && database.embedded);
  const logins = seed ? await seedDemo(database.db, process.env.DEMO_PASSWORD) : [];
  await deleteExpiredSessions(database.db);

  const app = await buildApp({ db: database.db, config });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\nSentra berjalan di ${config.publicUrl} (siap dalam ${seconds} detik)`);
  console.log(
    database.embedded
      ? `Basis data: PostgreSQL tertanam di ${path.join(config.dataDir, 'pg')}`
      : 'Basis data: DATABASE_URL',
  );
  if (logins.length) {
    const text = formatDemoLogins(logins);
    mkdirSync(config.dataDir, { recursive: true });
    const file = path.join(config.dataDir, 'demo-logins.txt');
    writeFileSync(file, `Akun demo Sentra (nama pengguna, kata sandi, peran)\n${text}\n`, { mode: 0o600 });
    console.log(`\nData demo dimuat. Akun demo (ditampilkan sekali; salinan di ${file}):\n${text}\n`);
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
