/**
 * Builders for the facilities medium tests. Typed structurally (not importing server/test), so
 * this file stays out of the production build's dependency graph.
 */
import type { OpeningWindow } from './facilities.tables.js';
import { addDaysIso, wibParts } from './wib.js';

interface Res {
  statusCode: number;
  body: string;
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are asserted field by field in tests
  json(): any;
}
export interface Requester {
  request(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<Res>;
}
interface Kit {
  newCentre(): Promise<{ id: string; name: string }>;
  newUser(opts: {
    role: 'admin' | 'officer' | 'manager' | 'consultant' | 'artisan';
    centreId?: string | null;
  }): Promise<{
    id: string;
    username: string;
  }>;
  login(user: { username: string }): Promise<Requester>;
}

/** Open round the clock every day: tests that are not about opening hours run at any hour. */
export const ALL_DAY: OpeningWindow[] = [1, 2, 3, 4, 5, 6, 7].map((day) => ({
  day,
  opens: '00:00',
  closes: '24:00',
}));

/** "YYYY-MM-DDTHH:MM+07:00", `days` WIB calendar days from today. */
export function wib(days: number, hhmm: string, now = new Date()): string {
  return `${addDaysIso(wibParts(now).date, days)}T${hhmm}+07:00`;
}

/** Days from today (WIB) to the next given ISO weekday, at least `min` days ahead. */
export function daysToWeekday(weekday: number, min = 1, now = new Date()): number {
  const today = wibParts(now).weekday;
  let d = (weekday - today + 7) % 7;
  while (d < min) d += 7;
  return d;
}

let nib = 0;
const newNib = () => `8${String(Date.now() % 1e8).padStart(8, '0')}${String(++nib).padStart(4, '0')}`;

export interface Member {
  artisan: Requester;
  artisanUserId: string;
  business: { id: string; name: string };
  person: { id: string; fullName: string };
}

export interface FacilityCentre {
  centreId: string;
  manager: Requester;
  officer: Requester;
  /** An artisan with a business and one member (the person who uses the resources). */
  newMember(name?: string): Promise<Member>;
  newResource(body: Record<string, unknown>): Promise<{ id: string; name: string; [k: string]: unknown }>;
  train(personId: string, body: Record<string, unknown>): Promise<Res>;
}

/** A centre with its manager and officer signed in, and builders for members and resources. */
export async function facilityCentre(t: Kit): Promise<FacilityCentre> {
  const centre = await t.newCentre();
  const officer = await t.login(await t.newUser({ role: 'officer', centreId: centre.id }));
  const manager = await t.login(await t.newUser({ role: 'manager', centreId: centre.id }));
  let codes = 0;
  const ok = (res: Res, what: string, status = 201) => {
    if (res.statusCode !== status) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
    return res.body ? res.json() : undefined;
  };
  return {
    centreId: centre.id,
    manager,
    officer,
    async newMember(name = 'Batik Uji') {
      const business = ok(
        await officer.request('POST', '/api/registry/businesses', {
          name: `${name} ${nib + 1}`,
          legalForm: 'ud',
          nib: newNib(),
          kbliCodes: ['13134'],
          address: 'Jl. Kedungsari No. 12',
          wilayahCode: '35.76.02.1001',
          techniques: ['tulis'],
        }),
        'business',
      );
      const person = ok(
        await officer.request('POST', `/api/registry/businesses/${business.id}/people`, {
          fullName: `Perajin ${business.name}`,
          role: 'perajin',
        }),
        'person',
      );
      const user = await t.newUser({ role: 'artisan', centreId: centre.id });
      ok(
        await officer.request('POST', `/api/registry/businesses/${business.id}/accounts`, {
          userId: user.id,
        }),
        'link',
        204,
      );
      return {
        artisan: await t.login(user),
        artisanUserId: user.id,
        business: { id: business.id, name: business.name },
        person: { id: person.id, fullName: person.fullName },
      };
    },
    async newResource(body) {
      codes += 1;
      return ok(
        await manager.request('POST', '/api/facilities/resources', {
          kind: 'equipment',
          code: `UJI-${codes}`,
          name: `Alat uji ${codes}`,
          openingHours: ALL_DAY,
          ...body,
        }),
        'resource',
      );
    },
    train: (personId, body) =>
      manager.request('POST', '/api/facilities/trainings', { personId, trainedOn: '2024-01-01', ...body }),
  };
}

/** A booking request body for a member. */
export const booking = (m: Member, resourceId: string, startsAt: string, endsAt: string, extra = {}) => ({
  resourceId,
  businessId: m.business.id,
  personId: m.person.id,
  startsAt,
  endsAt,
  ...extra,
});
