import { migrateDatabase } from '../db/migrate.js';
import { formatDemoLogins, seedDemo } from '../db/seed/demo.js';
import { withDatabase } from './cli-database.js';

await withDatabase(async ({ db }) => {
  await migrateDatabase(db);
  const logins = await seedDemo(db, process.env.DEMO_PASSWORD);
  console.log(
    logins.length
      ? `Data demo dimuat. Akun demo:\n${formatDemoLogins(logins)}`
      : 'Data demo sudah ada; tidak ada yang diubah.',
  );
});
