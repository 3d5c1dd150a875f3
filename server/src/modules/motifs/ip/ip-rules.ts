import type { FieldError } from '../../../lib/app-error.js';
import type { Bilingual, Lang } from '../../../lib/lang.js';
import { FIELD_MESSAGES } from '../../../plugins/validation-messages.js';
import type { IpKind, IpStatus } from '../motifs.tables.js';

/**
 * The rules an IP record obeys, apart from the field formats in the schema: which status may
 * follow which, what each status needs filled in, and the checks across fields (the year inside
 * an EC number, a record date not before its application).
 */
export const NEXT_STATUSES: Record<IpStatus, IpStatus[]> = {
  requested: ['draft', 'filed', 'rejected'],
  draft: ['filed', 'rejected'],
  filed: ['recorded', 'rejected'],
  recorded: ['expired'],
  rejected: ['draft'],
  expired: [],
};

export const STATUS_LABELS: Record<IpStatus, Bilingual> = {
  requested: { id: 'diminta perajin', en: 'requested by the artisan' },
  draft: { id: 'draf', en: 'draft' },
  filed: { id: 'diajukan', en: 'filed' },
  recorded: { id: 'tercatat/terdaftar', en: 'recorded/granted' },
  rejected: { id: 'ditolak', en: 'rejected' },
  expired: { id: 'berakhir', en: 'expired' },
};

export interface IpFields {
  kind: IpKind;
  applicationNumber: string | null;
  applicationDate: string | null;
  recordNumber: string | null;
  recordDate: string | null;
  holderKind: string | null;
  holderName: string | null;
  firstPublishedOn: string | null;
  custodian: string | null;
  inventoryNumber: string | null;
}

export const FIELD_LABELS: Record<keyof Omit<IpFields, 'kind'>, Bilingual> = {
  applicationNumber: { id: 'nomor permohonan', en: 'application number' },
  applicationDate: { id: 'tanggal permohonan', en: 'application date' },
  recordNumber: { id: 'nomor pencatatan/pendaftaran', en: 'record/registration number' },
  recordDate: { id: 'tanggal pencatatan', en: 'record date' },
  holderKind: { id: 'jenis pemegang hak', en: 'kind of holder' },
  holderName: { id: 'nama pemegang hak', en: 'holder name' },
  firstPublishedOn: { id: 'tanggal pertama diumumkan', en: 'first publication date' },
  custodian: { id: 'komunitas/wilayah kustodian', en: 'custodian community/region' },
  inventoryNumber: { id: 'nomor inventarisasi KIK', en: 'KIK inventory number' },
};

/** The fields a record must have before it may stand in a status. */
export function requiredFor(kind: IpKind, status: IpStatus): (keyof typeof FIELD_LABELS)[] {
  if (kind === 'kik')
    return status === 'recorded' || status === 'expired' ? ['custodian', 'inventoryNumber'] : [];
  const filed: (keyof typeof FIELD_LABELS)[] =
    kind === 'hak_cipta'
      ? ['applicationNumber', 'applicationDate', 'holderKind', 'holderName']
      : ['applicationNumber', 'applicationDate', 'holderName'];
  if (status === 'filed' || status === 'rejected') return filed;
  if (status === 'recorded' || status === 'expired') return [...filed, 'recordNumber', 'recordDate'];
  return [];
}

export function missingFor(r: IpFields, status: IpStatus): (keyof typeof FIELD_LABELS)[] {
  return requiredFor(r.kind, status).filter((f) => !r[f]);
}

const EC_NUMBER = /^EC00(\d{4})\d{6}$/;
const COPYRIGHT_RECORD_NUMBER = /^\d{9}$/;

const msg = (key: string, lang: Lang, vars: Record<string, string> = {}) =>
  (FIELD_MESSAGES[key]?.[lang] ?? key).replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');

/** Format and cross-field problems of a record, as field errors in the user's language. */
export function ipFieldProblems(r: IpFields, lang: Lang, today: string): FieldError[] {
  const problems: FieldError[] = [];
  if (r.kind === 'hak_cipta' && r.applicationNumber) {
    const m = EC_NUMBER.exec(r.applicationNumber);
    if (!m) problems.push({ path: 'applicationNumber', message: msg('ec_number_format', lang) });
    else if (r.applicationDate && m[1] !== r.applicationDate.slice(0, 4))
      problems.push({
        path: 'applicationNumber',
        message: msg('ec_number_year', lang, { year: m[1] ?? '' }),
      });
  }
  if (r.kind === 'hak_cipta' && r.recordNumber && !COPYRIGHT_RECORD_NUMBER.test(r.recordNumber))
    problems.push({ path: 'recordNumber', message: msg('record_number_9_digits', lang) });
  if (r.applicationDate && r.recordDate && r.recordDate < r.applicationDate)
    problems.push({ path: 'recordDate', message: msg('record_before_application', lang) });
  for (const f of ['applicationDate', 'recordDate', 'firstPublishedOn'] as const) {
    const v = r[f];
    if (v && v > today) problems.push({ path: f, message: msg('date_in_future', lang) });
  }
  return problems;
}
