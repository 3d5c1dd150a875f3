import type { CreateIpRecordBody, IpKind, IpRecord, UpdateIpRecordBody } from '../api/types';
import { textOrNull } from './values';

/** What the IP record form holds, as typed. */
export interface IpValues {
  kind: string;
  status: string;
  applicationNumber: string;
  applicationDate: string;
  recordNumber: string;
  recordDate: string;
  workKind: string;
  holderKind: string;
  holderName: string;
  holderAddress: string;
  firstPublishedOn: string;
  firstPublishedPlace: string;
  custodian: string;
  custodianWilayahCode: string;
  inventoryNumber: string;
  notes: string;
}

export type IpField = Exclude<keyof IpValues, 'kind' | 'status'>;

/**
 * The fields each kind of right records: a copyright (DJKI's e-Hak Cipta form), an industrial
 * design, and a communal IP (KIK) inventory entry.
 */
export const FIELDS_BY_KIND: Record<IpKind, readonly IpField[]> = {
  hak_cipta: [
    'applicationNumber',
    'applicationDate',
    'recordNumber',
    'recordDate',
    'workKind',
    'holderKind',
    'holderName',
    'holderAddress',
    'firstPublishedOn',
    'firstPublishedPlace',
    'notes',
  ],
  desain_industri: [
    'applicationNumber',
    'applicationDate',
    'recordNumber',
    'recordDate',
    'holderKind',
    'holderName',
    'holderAddress',
    'notes',
  ],
  kik: ['custodian', 'custodianWilayahCode', 'inventoryNumber', 'notes'],
};

export function ipValues(record: IpRecord | undefined): IpValues {
  return {
    kind: record?.kind ?? '',
    status: record?.status ?? 'draft',
    applicationNumber: record?.applicationNumber ?? '',
    applicationDate: record?.applicationDate ?? '',
    recordNumber: record?.recordNumber ?? '',
    recordDate: record?.recordDate ?? '',
    workKind: record?.workKind ?? (record ? '' : 'karya_seni_batik'),
    holderKind: record?.holderKind ?? '',
    holderName: record?.holderName ?? '',
    holderAddress: record?.holderAddress ?? '',
    firstPublishedOn: record?.firstPublishedOn ?? '',
    firstPublishedPlace: record?.firstPublishedPlace ?? '',
    custodian: record?.custodian ?? '',
    custodianWilayahCode: record?.custodianWilayahCode ?? '',
    inventoryNumber: record?.inventoryNumber ?? '',
    notes: record?.notes ?? '',
  };
}

/** The editable fields of the kind, empty ones as null (an edit then clears them). */
export function ipFields(values: IpValues, kind: IpKind): UpdateIpRecordBody {
  const out: Record<string, string | null> = {};
  for (const field of FIELDS_BY_KIND[kind]) {
    // Numbers are copied from certificates with spaces; the server's formats have none.
    const raw =
      field === 'applicationNumber' || field === 'recordNumber'
        ? values[field].replace(/\s+/g, '')
        : values[field];
    out[field] = textOrNull(raw);
  }
  return out as UpdateIpRecordBody;
}

export function createIpBody(values: IpValues, kind: IpKind): CreateIpRecordBody {
  return {
    kind,
    status: values.status as CreateIpRecordBody['status'],
    ...ipFields(values, kind),
  };
}
