import type { MessageKey } from '../../../lib/i18n';
import type { BusinessDetail, CreateBusinessBody, LegalForm, MarketReach, Technique } from '../api/types';
import { type FigureValues, figureValues, readFigures } from './figures';
import { parseCoordinate, parseCount, toPlainText } from './numbers';

/** What the business form holds: text as typed, lists, one switch. */
export interface BusinessValues extends FigureValues {
  centreId: string;
  name: string;
  legalForm: string;
  nib: string;
  kbliCodes: string[];
  yearFounded: string;
  address: string;
  wilayahCode: string;
  latitude: string;
  longitude: string;
  phone: string;
  whatsapp: string;
  email: string;
  techniques: string[];
  marketReach: string[];
  memberSince: string;
  isTenant: boolean;
}

export type BusinessField = keyof BusinessValues;

export function emptyBusinessValues(centreId: string): BusinessValues {
  return {
    centreId,
    name: '',
    legalForm: '',
    nib: '',
    kbliCodes: ['13134'],
    yearFounded: '',
    address: '',
    wilayahCode: '',
    latitude: '',
    longitude: '',
    phone: '',
    whatsapp: '',
    email: '',
    techniques: [],
    marketReach: [],
    memberSince: '',
    isTenant: false,
    ...figureValues(undefined),
  };
}

export function businessValues(business: BusinessDetail): BusinessValues {
  return {
    centreId: business.centreId,
    name: business.name,
    legalForm: business.legalForm,
    nib: business.nib ?? '',
    kbliCodes: business.kbli.map((k) => k.code),
    yearFounded: toPlainText(business.yearFounded),
    address: business.address,
    wilayahCode: business.wilayahCode,
    latitude: toPlainText(business.latitude),
    longitude: toPlainText(business.longitude),
    phone: business.phone ?? '',
    whatsapp: business.whatsapp ?? '',
    email: business.email ?? '',
    techniques: [...business.techniques],
    marketReach: [...business.marketReach],
    memberSince: business.memberSince ?? '',
    isTenant: business.isTenant,
    ...figureValues(business.figures),
  };
}

/** The request body the values stand for (empty → null) and the numbers that could not be read. */
export type BusinessBody = Omit<CreateBusinessBody, 'centreId'>;

export function readBusiness(values: BusinessValues): {
  body: BusinessBody;
  unreadable: Partial<Record<BusinessField, MessageKey>>;
} {
  const { figures, unreadable } = readFigures(values);
  const problems: Partial<Record<BusinessField, MessageKey>> = { ...unreadable };
  const text = (value: string) => (value.trim() === '' ? null : value.trim());
  const year = parseCount(values.yearFounded);
  if (!year.ok) problems.yearFounded = 'registry.v.yearFormat';
  const latitude = parseCoordinate(values.latitude);
  if (!latitude.ok) problems.latitude = 'registry.v.coordinate';
  const longitude = parseCoordinate(values.longitude);
  if (!longitude.ok) problems.longitude = 'registry.v.coordinate';
  const body: BusinessBody = {
    name: values.name.trim(),
    legalForm: values.legalForm as LegalForm,
    // People paste NIBs with spaces ("9120 0012 3456 7"): keep only what the server checks.
    nib: text(values.nib.replace(/\s+/g, '')),
    kbliCodes: values.kbliCodes,
    address: values.address.trim(),
    wilayahCode: values.wilayahCode.trim(),
    latitude: latitude.ok ? latitude.value : null,
    longitude: longitude.ok ? longitude.value : null,
    phone: text(values.phone),
    whatsapp: text(values.whatsapp),
    email: text(values.email),
    yearFounded: year.ok ? year.value : null,
    techniques: values.techniques as Technique[],
    marketReach: values.marketReach as MarketReach[],
    memberSince: text(values.memberSince),
    isTenant: values.isTenant,
    ...figures,
  };
  return { body, unreadable: problems };
}

/** Only the fields that differ from the record: the audit trail then shows what this person changed. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) out[key] = after[key];
  }
  return out;
}
