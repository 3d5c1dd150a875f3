import type { Session, TestContext } from './build-test-app.js';

let nibCounter = 0;
/** A unique, valid 13-digit NIB per call within a test run. */
export const newNib = () =>
  `9${String(Date.now() % 1e8).padStart(8, '0')}${String(++nibCounter).padStart(4, '0')}`;

/** A batik business of Kota Mojokerto through the API, as an officer would enter it. */
export async function newBusiness(
  s: Session,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; name: string; nib: string | null; [k: string]: unknown }> {
  const res = await s.request('POST', '/api/registry/businesses', {
    name: 'Batik Majapahit Sooko',
    legalForm: 'ud',
    nib: newNib(),
    kbliCodes: ['13134'],
    address: 'Jl. Kedungsari No. 12',
    wilayahCode: '35.76.02.1001',
    techniques: ['tulis', 'cap'],
    workersMale: 3,
    workersFemale: 7,
    investmentIdr: 150_000_000,
    productionValueIdr: 480_000_000,
    ...overrides,
  });
  if (res.statusCode !== 201) throw new Error(`newBusiness: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** An officer of a fresh centre, signed in. */
export async function officerOfNewCentre(t: TestContext) {
  const centre = await t.newCentre();
  const officer = await t.newUser({ role: 'officer', centreId: centre.id });
  return { centre, officer, session: await t.login(officer) };
}
