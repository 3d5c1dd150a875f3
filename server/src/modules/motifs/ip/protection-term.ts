import type { DbOrTx } from '../../../db/client.js';
import type { Bilingual } from '../../../lib/lang.js';
import { regulationParameter } from '../../reference/reference.service.js';
import type { HOLDER_KINDS, IpKind, WORK_KINDS } from '../motifs.tables.js';

/**
 * How long a motif's right lasts, computed from the law. The numbers (70, 50, 25, 10 years, no
 * limit for EBT) come from the regulation parameters so an amendment is a data change; the shape
 * of each rule (whose death, which date starts the clock) is the article itself and lives here.
 */
export interface TermParams {
  personYearsAfterDeath: number;
  legalEntityYears: number;
  appliedArtYears: number;
  desainIndustriYears: number;
  ebtUnlimited: boolean;
  sources: {
    person: string;
    legalEntity: string;
    appliedArt: string;
    desainIndustri: string;
    ebt: string;
  };
}

export interface TermCreator {
  name: string;
  deceased: boolean;
  diedOn: string | null;
}

export interface TermInput {
  kind: IpKind;
  workKind: (typeof WORK_KINDS)[number] | null;
  holderKind: (typeof HOLDER_KINDS)[number] | null;
  applicationDate: string | null;
  firstPublishedOn: string | null;
  creators: TermCreator[];
}

export type ProtectionTerm =
  /** Ends on a known date (inclusive). */
  | { state: 'until'; endsOn: string; startsFrom: string; rule: Bilingual; legalSource: string }
  /** A creator is alive (or the death is not known): "seumur hidup + 70 tahun". */
  | { state: 'lifetime_plus'; years: number; rule: Bilingual; legalSource: string }
  | { state: 'unlimited'; rule: Bilingual; legalSource: string }
  /** The term cannot be computed yet; `missing` says what to fill in. */
  | {
      state: 'missing';
      missing: 'creator' | 'death_date' | 'first_publication' | 'filing_date' | 'holder';
      rule: Bilingual;
      legalSource: string;
    };

export async function loadTermParams(db: DbOrTx, onDate: string): Promise<TermParams> {
  // In turn, not in parallel: `db` may be a transaction, whose client runs one query at a time.
  const values = [];
  for (const key of [
    'motifs.copyright_term_person_years_after_death',
    'motifs.copyright_term_legal_entity_years_from_publication',
    'motifs.copyright_term_applied_art_years_from_publication',
    'motifs.desain_industri_term_years_from_filing',
    'motifs.ebt_term_unlimited',
  ])
    values.push(await regulationParameter(db, key, onDate));
  const [person, entity, applied, di, ebt] = values;
  if (!person || !entity || !applied || !di || !ebt) throw new Error('term parameters missing');
  return {
    personYearsAfterDeath: person.value,
    legalEntityYears: entity.value,
    appliedArtYears: applied.value,
    desainIndustriYears: di.value,
    ebtUnlimited: ebt.value === 1,
    sources: {
      person: person.legalSource,
      legalEntity: entity.legalSource,
      appliedArt: applied.legalSource,
      desainIndustri: di.legalSource,
      ebt: ebt.legalSource,
    },
  };
}

/**
 * The last day of protection for a term of `years` counted from `start`: the day before the
 * anniversary ("berlaku selama 50 tahun sejak…"). 29 February rolls to 1 March in a common year,
 * so the term then ends on 28 February.
 */
export function lastDayAfterYears(start: string, years: number): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const anniversary = new Date(Date.UTC(y + years, m - 1, d));
  if (anniversary.getUTCMonth() !== m - 1)
    anniversary.setUTCDate(0); // 29 Feb → last day of Feb, +1 below
  else anniversary.setUTCDate(anniversary.getUTCDate() - 1);
  return anniversary.toISOString().slice(0, 10);
}

const missingMessages: Record<Extract<ProtectionTerm, { state: 'missing' }>['missing'], Bilingual> = {
  creator: {
    id: 'Motif belum punya pencipta. Tambahkan pencipta (nama, dan tanggal wafat bila sudah meninggal) untuk menghitung masa pelindungan.',
    en: 'The motif has no creator yet. Add its creators (name, and date of death if deceased) to compute the term.',
  },
  death_date: {
    id: 'Semua pencipta tercatat telah meninggal, tetapi tanggal wafat {name} belum diisi.',
    en: 'Every creator is recorded as deceased, but the date of death of {name} is missing.',
  },
  first_publication: {
    id: 'Isi tanggal pertama kali diumumkan: masa pelindungan dihitung dari tanggal itu.',
    en: 'Fill in the date of first publication: the term counts from it.',
  },
  filing_date: {
    id: 'Isi tanggal penerimaan permohonan: masa pelindungan desain industri dihitung dari tanggal itu.',
    en: 'Fill in the filing date (tanggal penerimaan): an industrial design term counts from it.',
  },
  holder: {
    id: 'Pilih jenis pemegang hak (perorangan, badan hukum atau pemerintah): aturan masa pelindungan bergantung padanya.',
    en: 'Choose the kind of right holder (person, legal entity or government): the term rule depends on it.',
  },
};

const missing = (
  what: keyof typeof missingMessages,
  legalSource: string,
  vars: Record<string, string> = {},
): ProtectionTerm => {
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
  const m = missingMessages[what];
  return { state: 'missing', missing: what, rule: { id: fill(m.id), en: fill(m.en) }, legalSource };
};

export function protectionTerm(input: TermInput, p: TermParams): ProtectionTerm {
  if (input.kind === 'kik') {
    if (!p.ebtUnlimited) throw new Error('EBT term parameter no longer "unlimited": rule needs review');
    return {
      state: 'unlimited',
      rule: {
        id: 'Ekspresi budaya tradisional dipegang oleh Negara dan dilindungi tanpa batas waktu.',
        en: 'A traditional cultural expression is held by the State and protected without time limit.',
      },
      legalSource: p.sources.ebt,
    };
  }

  if (input.kind === 'desain_industri') {
    const years = p.desainIndustriYears;
    if (!input.applicationDate) return missing('filing_date', p.sources.desainIndustri);
    return {
      state: 'until',
      startsFrom: input.applicationDate,
      endsOn: lastDayAfterYears(input.applicationDate, years),
      rule: {
        id: `${years} tahun sejak tanggal penerimaan permohonan, tidak dapat diperpanjang.`,
        en: `${years} years from the filing date, not renewable.`,
      },
      legalSource: p.sources.desainIndustri,
    };
  }

  // Hak Cipta. Seni terapan has its own term whoever holds it (Pasal 59(2)).
  if (input.workKind === 'seni_terapan') {
    return fromPublication(input, p.appliedArtYears, p.sources.appliedArt, {
      id: 'seni terapan',
      en: 'applied art',
    });
  }
  if (!input.holderKind) return missing('holder', p.sources.person);
  if (input.holderKind !== 'perorangan') {
    return fromPublication(input, p.legalEntityYears, p.sources.legalEntity, {
      id: 'ciptaan yang dipegang badan hukum',
      en: 'a work held by a legal entity',
    });
  }

  // A natural person: life of the last surviving creator + N years, from 1 January after death.
  const years = p.personYearsAfterDeath;
  if (input.creators.length === 0) return missing('creator', p.sources.person);
  const living = input.creators.filter((c) => !c.deceased);
  if (living.length > 0) {
    return {
      state: 'lifetime_plus',
      years,
      rule: {
        id: `Seumur hidup pencipta + ${years} tahun sejak 1 Januari tahun berikutnya setelah pencipta terakhir meninggal.`,
        en: `Life of the creator + ${years} years from 1 January of the year after the last creator dies.`,
      },
      legalSource: p.sources.person,
    };
  }
  const undated = input.creators.find((c) => !c.diedOn);
  if (undated) return missing('death_date', p.sources.person, { name: undated.name });
  const lastDeathYear = Math.max(...input.creators.map((c) => Number(c.diedOn?.slice(0, 4))));
  return {
    state: 'until',
    startsFrom: `${lastDeathYear + 1}-01-01`,
    endsOn: `${lastDeathYear + years}-12-31`,
    rule: {
      id: `Seumur hidup pencipta + ${years} tahun sejak 1 Januari tahun berikutnya setelah pencipta terakhir meninggal (${lastDeathYear}).`,
      en: `Life of the creator + ${years} years from 1 January after the last creator's death (${lastDeathYear}).`,
    },
    legalSource: p.sources.person,
  };
}

function fromPublication(
  input: TermInput,
  years: number,
  legalSource: string,
  what: Bilingual,
): ProtectionTerm {
  if (!input.firstPublishedOn) return missing('first_publication', legalSource);
  return {
    state: 'until',
    startsFrom: input.firstPublishedOn,
    endsOn: lastDayAfterYears(input.firstPublishedOn, years),
    rule: {
      id: `${years} tahun sejak pertama kali diumumkan, untuk ${what.id}.`,
      en: `${years} years from first publication, for ${what.en}.`,
    },
    legalSource,
  };
}
