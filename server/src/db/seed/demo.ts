import { randomInt } from 'node:crypto';
import type { Role } from '../../modules/accounts/accounts.tables.js';
import { hashPassword } from '../../modules/accounts/password.js';
import { insertUser } from '../../modules/accounts/users.repository.js';
import { recordAudit } from '../../modules/audit/audit.service.js';
import { findCentreBySlug, insertCentre } from '../../modules/centres/centres.repository.js';
import { demoFacilities } from '../../modules/facilities/demo-facilities.js';
import { facilityResources } from '../../modules/facilities/facilities.tables.js';
import type { Db } from '../client.js';
import { insertDemoMotifs, prepareDemoMotifs } from './demo-motifs.js';
import { insertDemoProject, prepareDemoProject } from './demo-project.js';

export const DEMO_CENTRE_SLUG = 'sentra-ikm-batik-kota-mojokerto';

/** One demo user per role; the admin spans every centre. */
export const DEMO_USERS: { username: string; fullName: string; role: Role }[] = [
  { username: 'admin', fullName: 'Admin Dinas', role: 'admin' },
  { username: 'petugas', fullName: 'Sri Wahyuni (Bidang Perindustrian)', role: 'officer' },
  { username: 'pengelola', fullName: 'Bambang Setiawan (Pengelola Sentra)', role: 'manager' },
  { username: 'konsultan', fullName: 'Dewi Lestari (Konsultan PLUT)', role: 'consultant' },
  { username: 'perajin', fullName: 'Siti Aminah (Perajin Batik)', role: 'artisan' },
];

export interface DemoLogin {
  username: string;
  role: Role;
  password: string;
}

const READABLE = 'abcdefghjkmnpqrstuvwxyz23456789';
const demoPassword = () =>
  `${Array.from({ length: 4 }, () => READABLE[randomInt(READABLE.length)]).join('')}-${Array.from({ length: 6 }, () => READABLE[randomInt(READABLE.length)]).join('')}`;

/**
 * Loads the demo on a database without it: the Sentra IKM Batik of Kota Mojokerto, one user per
 * role, the demo motifs (generated pattern images, flagged as demo) and the construction contract
 * of the centre's building (invented RAB and names, the real dates and story), and the building's
 * rooms and shared equipment (tariffs not verified, marked so). Passwords are random per installation unless DEMO_PASSWORD fixes them (tests).
 * Returns the logins it created, or [] when the demo was already there.
 */
export async function seedDemo(db: Db, fixedPassword?: string): Promise<DemoLogin[]> {
  if (await findCentreBySlug(db, DEMO_CENTRE_SLUG)) return [];
  const logins = DEMO_USERS.map((u) => ({
    username: u.username,
    role: u.role,
    password: fixedPassword ?? demoPassword(),
  }));
  const hashes = await Promise.all(logins.map((l) => hashPassword(l.password)));
  const demoMotifs = await prepareDemoMotifs();
  const demoProject = await prepareDemoProject();
  await db.transaction(async (tx) => {
    const centre = await insertCentre(tx, {
      slug: DEMO_CENTRE_SLUG,
      name: 'Sentra IKM Batik Kota Mojokerto',
      industry: 'Batik',
      address: 'Jl. Kedungsari, Kel. Gunung Gedangan, Kec. Magersari, Kota Mojokerto, Jawa Timur',
      wilayahCode: '35.76.02.1001',
      openedOn: '2024-02-07',
      description:
        'Sentra IKM Batik "Maja Bharama Wastra" dibangun dengan DAK Fisik bidang IKM TA 2023 dan diresmikan ' +
        'Dirjen IKMA pada 7 Februari 2024: gedung dua lantai ±2.700 m² dengan ruang desain & prototipe, ' +
        'daur ulang malam dan IPAL, pembuatan canting cap, lorod, foto produk, galeri, aula dan ruang pelatihan.',
    });
    await recordAudit(tx, null, {
      entity: 'centre',
      entityId: centre.id,
      centreId: centre.id,
      action: 'create',
      after: centre,
    });
    for (const [i, u] of DEMO_USERS.entries()) {
      const row = await insertUser(tx, {
        username: u.username,
        fullName: u.fullName,
        role: u.role,
        centreId: u.role === 'admin' ? null : centre.id,
        passwordHash: hashes[i] ?? '',
      });
      await recordAudit(tx, null, {
        entity: 'user',
        entityId: row.id,
        centreId: row.centreId,
        action: 'create',
        after: row,
      });
    }
    await insertDemoMotifs(tx, centre.id, demoMotifs);
    await insertDemoProject(tx, centre.id, demoProject);
    const rooms = await tx.insert(facilityResources).values(demoFacilities(centre.id)).returning();
    await recordAudit(tx, null, {
      entity: 'facility_resource',
      entityId: centre.id,
      centreId: centre.id,
      action: 'create',
      after: { demo: true, resources: rooms.map((r) => r.code) },
    });
  });
  return logins;
}

export function formatDemoLogins(logins: DemoLogin[]): string {
  const width = Math.max(...logins.map((l) => l.username.length));
  return logins.map((l) => `  ${l.username.padEnd(width)}  ${l.password}  (${l.role})`).join('\n');
}
