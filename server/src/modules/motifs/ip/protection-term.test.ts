import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../../test/build-test-app.js';
import {
  lastDayAfterYears,
  loadTermParams,
  type ProtectionTerm,
  protectionTerm,
  type TermInput,
  type TermParams,
} from './protection-term.js';

let t: TestContext;
let params: TermParams;
beforeAll(async () => {
  t = await buildTestApp();
  // The numbers come from the regulation parameters in the database, as in production.
  params = await loadTermParams(t.db, '2026-11-28');
});
afterAll(() => t.close());

const copyright = (over: Partial<TermInput> = {}): TermInput => ({
  kind: 'hak_cipta',
  workKind: 'karya_seni_batik',
  holderKind: 'perorangan',
  applicationDate: '2023-05-10',
  firstPublishedOn: '2022-08-17',
  creators: [{ name: 'Bu Siti', deceased: false, diedOn: null }],
  ...over,
});
const until = (term: ProtectionTerm) => {
  expect(term.state).toBe('until');
  return term.state === 'until' ? term.endsOn : '';
};

describe('protection term (UU 28/2014, UU 31/2000)', () => {
  it('reads 70, 50, 25 and 10 years and the EBT rule from the regulation parameters, with their articles', () => {
    expect(params.personYearsAfterDeath).toBe(70);
    expect(params.legalEntityYears).toBe(50);
    expect(params.appliedArtYears).toBe(25);
    expect(params.desainIndustriYears).toBe(10);
    expect(params.ebtUnlimited).toBe(true);
    expect(params.sources.person).toContain('Pasal 58');
    expect(params.sources.desainIndustri).toContain('Pasal 5');
    expect(params.sources.ebt).toContain('Pasal 38');
  });

  it('a living creator: "seumur hidup + 70 tahun", no end date yet', () => {
    const term = protectionTerm(copyright(), params);
    expect(term).toMatchObject({ state: 'lifetime_plus', years: 70 });
    expect(term.rule.id).toContain('Seumur hidup pencipta + 70 tahun');
    expect(term.legalSource).toContain('Pasal 58');
  });

  it('a creator who died: 70 years from 1 January of the next year, whatever the day of death', () => {
    const on = (diedOn: string) =>
      until(protectionTerm(copyright({ creators: [{ name: 'Pak Darmo', deceased: true, diedOn }] }), params));
    expect(on('1960-01-01')).toBe('2030-12-31');
    expect(on('1960-12-31')).toBe('2030-12-31');
    expect(on('1961-01-01')).toBe('2031-12-31');
  });

  it('joint creators: counted from the death of the last to die', () => {
    const term = protectionTerm(
      copyright({
        creators: [
          { name: 'Pak Darmo', deceased: true, diedOn: '1990-03-02' },
          { name: 'Bu Darmo', deceased: true, diedOn: '2001-11-30' },
        ],
      }),
      params,
    );
    expect(until(term)).toBe('2071-12-31');
    expect(term.state === 'until' && term.startsFrom).toBe('2002-01-01');
  });

  it('joint creators with one still alive: the term has not started counting', () => {
    const term = protectionTerm(
      copyright({
        creators: [
          { name: 'Pak Darmo', deceased: true, diedOn: '1990-03-02' },
          { name: 'Bu Darmo', deceased: false, diedOn: null },
        ],
      }),
      params,
    );
    expect(term.state).toBe('lifetime_plus');
  });

  it('all creators deceased but one date missing: says whose date to fill in', () => {
    const term = protectionTerm(
      copyright({
        creators: [
          { name: 'Pak Darmo', deceased: true, diedOn: '1990-03-02' },
          { name: 'Mbah Karto', deceased: true, diedOn: null },
        ],
      }),
      params,
    );
    expect(term).toMatchObject({ state: 'missing', missing: 'death_date' });
    expect(term.rule.id).toContain('Mbah Karto');
  });

  it('a motif with no creator: a clear message instead of a term', () => {
    const term = protectionTerm(copyright({ creators: [] }), params);
    expect(term).toMatchObject({ state: 'missing', missing: 'creator' });
    expect(term.rule.id).toMatch(/belum punya pencipta/);
    expect(term.rule.en).toMatch(/no creator/);
  });

  it('held by a legal entity or the government: 50 years from first publication, to the day before the anniversary', () => {
    expect(until(protectionTerm(copyright({ holderKind: 'badan_hukum' }), params))).toBe('2072-08-16');
    expect(until(protectionTerm(copyright({ holderKind: 'pemerintah' }), params))).toBe('2072-08-16');
    // Creators' lives do not matter for a legal entity.
    expect(until(protectionTerm(copyright({ holderKind: 'badan_hukum', creators: [] }), params))).toBe(
      '2072-08-16',
    );
  });

  it('a legal entity without a first publication date: asks for it', () => {
    const term = protectionTerm(copyright({ holderKind: 'badan_hukum', firstPublishedOn: null }), params);
    expect(term).toMatchObject({ state: 'missing', missing: 'first_publication' });
  });

  it('seni terapan: 25 years from first publication whoever holds it', () => {
    expect(until(protectionTerm(copyright({ workKind: 'seni_terapan' }), params))).toBe('2047-08-16');
  });

  it('Desain Industri: 10 years from the filing date, not renewable; 29 February ends on 28 February', () => {
    const di = (applicationDate: string | null) =>
      protectionTerm(copyright({ kind: 'desain_industri', applicationDate, workKind: null }), params);
    expect(until(di('2020-05-01'))).toBe('2030-04-30');
    expect(until(di('2020-01-01'))).toBe('2029-12-31');
    expect(until(di('2016-02-29'))).toBe('2026-02-28');
    expect(di('2020-05-01').rule.id).toContain('tidak dapat diperpanjang');
    expect(di(null)).toMatchObject({ state: 'missing', missing: 'filing_date' });
  });

  it('communal KIK (ekspresi budaya tradisional): no time limit, held by the State', () => {
    const term = protectionTerm(copyright({ kind: 'kik', creators: [] }), params);
    expect(term.state).toBe('unlimited');
    expect(term.rule.id).toContain('tanpa batas waktu');
  });

  it('no holder kind on a copyright: asks which kind, since the rule depends on it', () => {
    expect(protectionTerm(copyright({ holderKind: null }), params)).toMatchObject({
      state: 'missing',
      missing: 'holder',
    });
  });

  it('lastDayAfterYears handles month ends and leap days', () => {
    expect(lastDayAfterYears('2010-03-15', 50)).toBe('2060-03-14');
    expect(lastDayAfterYears('2010-03-01', 10)).toBe('2020-02-29');
    expect(lastDayAfterYears('2012-02-29', 4)).toBe('2016-02-28');
    expect(lastDayAfterYears('2012-12-31', 1)).toBe('2013-12-30');
  });
});
