import type { CreateMotifBody, DyeKind, Motif, MotifStatus, MotifTechnique } from '../api/types';
import { joinList, splitList, textOrNull } from './values';

export interface CreatorRow {
  name: string;
  address: string;
  nationality: string;
  deceased: boolean;
  diedOn: string;
  /** Kept when a creator came from the registry's people. */
  personId: string | null;
}

/** What the motif form holds: text as typed, lists as comma-separated text, the creators' rows. */
export interface MotifValues {
  name: string;
  altNames: string;
  technique: string;
  dyeKind: string;
  colours: string;
  yearCreated: string;
  origin: string;
  tags: string;
  description: string;
  philosophy: string;
  status: string;
  businessId: string;
  creators: CreatorRow[];
}

export const emptyCreator = (): CreatorRow => ({
  name: '',
  address: '',
  nationality: 'Indonesia',
  deceased: false,
  diedOn: '',
  personId: null,
});

export function emptyMotifValues(): MotifValues {
  return {
    name: '',
    altNames: '',
    technique: '',
    dyeKind: '',
    colours: '',
    yearCreated: '',
    origin: '',
    tags: '',
    description: '',
    philosophy: '',
    status: 'draft',
    businessId: '',
    // One empty row: most motifs have one creator, and the form shows where to write them.
    creators: [emptyCreator()],
  };
}

export function motifValues(motif: Motif): MotifValues {
  return {
    name: motif.name,
    altNames: joinList(motif.altNames),
    technique: motif.technique ?? '',
    dyeKind: motif.dyeKind ?? '',
    colours: joinList(motif.colours),
    yearCreated: motif.yearCreated == null ? '' : String(motif.yearCreated),
    origin: motif.origin ?? '',
    tags: joinList(motif.tags),
    description: motif.description ?? '',
    philosophy: motif.philosophy ?? '',
    status: motif.status,
    businessId: motif.businessId ?? '',
    creators: motif.creators.map((c) => ({
      name: c.name,
      address: c.address ?? '',
      nationality: c.nationality,
      deceased: c.deceased,
      diedOn: c.diedOn ?? '',
      personId: c.personId,
    })),
  };
}

export const isBlankCreator = (row: CreatorRow) =>
  !row.name.trim() && !row.address.trim() && !row.diedOn && !row.deceased;

/** The request body the values stand for, and the year when it cannot be read as one. */
export function motifBody(values: MotifValues): { body: CreateMotifBody; yearUnreadable: boolean } {
  const year = values.yearCreated.trim();
  const yearOk = year === '' || /^\d{3,4}$/.test(year);
  const body: CreateMotifBody = {
    name: values.name.trim(),
    altNames: splitList(values.altNames),
    technique: (values.technique || null) as MotifTechnique | null,
    dyeKind: (values.dyeKind || null) as DyeKind | null,
    colours: splitList(values.colours),
    yearCreated: year && yearOk ? Number(year) : null,
    origin: textOrNull(values.origin),
    tags: splitList(values.tags),
    description: textOrNull(values.description),
    philosophy: textOrNull(values.philosophy),
    status: values.status as MotifStatus,
    businessId: values.businessId || null,
    // A row left empty is not a creator (the form drops such rows before it sends).
    creators: values.creators
      .filter((row) => !isBlankCreator(row))
      .map((row) => ({
        personId: row.personId,
        name: row.name.trim(),
        address: textOrNull(row.address),
        nationality: row.nationality.trim() || 'Indonesia',
        deceased: row.deceased,
        diedOn: row.deceased && row.diedOn ? row.diedOn : null,
      })),
  };
  return { body, yearUnreadable: !yearOk };
}
