import { ConfigError, loadConfig } from '../config.js';
import { type Database, openDatabase } from '../db/runtime.js';

/**
 * Runs one command-line task against the configured database (embedded unless DATABASE_URL),
 * with the same config checks as the server, and exits non-zero with one clear line on failure.
 */
export async function withDatabase(task: (database: Database) => Promise<void>): Promise<void> {
  let database: Database | undefined;
  try {
    const config = loadConfig();
    database = await openDatabase(config);
    await task(database);
  } catch (err) {
    console.error(err instanceof ConfigError || err instanceof Error ? err.message : err);
    process.exitCode = 1;
  } finally {
    await database?.close();
  }
}
