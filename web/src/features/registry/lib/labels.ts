import type { MessageKey } from '../../../lib/i18n';
import type {
  BatikCategory,
  CertKind,
  ConsentGroup,
  LegalForm,
  MarketReach,
  PersonRole,
  ReportStatus,
  SizeClass,
  Technique,
} from '../api/types';

/** The server's enums, in display order, with the dictionary key of each label. */
export const LEGAL_FORMS: readonly LegalForm[] = ['perorangan', 'ud', 'cv', 'pt', 'koperasi'];
export const TECHNIQUES: readonly Technique[] = ['tulis', 'cap', 'kombinasi', 'printing'];
export const MARKET_REACH: readonly MarketReach[] = ['lokal', 'nasional', 'ekspor'];
export const SIZE_CLASSES: readonly SizeClass[] = ['mikro', 'kecil', 'menengah', 'besar'];
export const CERT_KINDS: readonly CertKind[] = [
  'batikmark',
  'sni_8302',
  'sni_8303',
  'sni_8304',
  'halal',
  'pirt',
  'lainnya',
];
export const BATIK_CATEGORIES: readonly BatikCategory[] = ['tulis', 'cap', 'kombinasi'];
export const PERSON_ROLES: readonly PersonRole[] = ['pemilik', 'perajin', 'pekerja', 'pengelola'];
export const CONSENT_GROUPS: readonly ConsentGroup[] = ['profile', 'contact', 'products', 'figures'];

export const LEGAL_FORM_LABEL: Record<LegalForm, MessageKey> = {
  perorangan: 'registry.legalForm.perorangan',
  ud: 'registry.legalForm.ud',
  cv: 'registry.legalForm.cv',
  pt: 'registry.legalForm.pt',
  koperasi: 'registry.legalForm.koperasi',
};

export const TECHNIQUE_LABEL: Record<Technique, MessageKey> = {
  tulis: 'registry.technique.tulis',
  cap: 'registry.technique.cap',
  kombinasi: 'registry.technique.kombinasi',
  printing: 'registry.technique.printing',
};

export const MARKET_LABEL: Record<MarketReach, MessageKey> = {
  lokal: 'registry.market.lokal',
  nasional: 'registry.market.nasional',
  ekspor: 'registry.market.ekspor',
};

export const SIZE_LABEL: Record<SizeClass, MessageKey> = {
  mikro: 'registry.size.mikro',
  kecil: 'registry.size.kecil',
  menengah: 'registry.size.menengah',
  besar: 'registry.size.besar',
};

export const CERT_LABEL: Record<CertKind, MessageKey> = {
  batikmark: 'registry.cert.batikmark',
  sni_8302: 'registry.cert.sni_8302',
  sni_8303: 'registry.cert.sni_8303',
  sni_8304: 'registry.cert.sni_8304',
  halal: 'registry.cert.halal',
  pirt: 'registry.cert.pirt',
  lainnya: 'registry.cert.lainnya',
};

export const PERSON_ROLE_LABEL: Record<PersonRole, MessageKey> = {
  pemilik: 'registry.personRole.pemilik',
  perajin: 'registry.personRole.perajin',
  pekerja: 'registry.personRole.pekerja',
  pengelola: 'registry.personRole.pengelola',
};

export const REPORT_STATUS_LABEL: Record<ReportStatus, MessageKey> = {
  draft: 'registry.reportStatus.draft',
  submitted: 'registry.reportStatus.submitted',
  verified: 'registry.reportStatus.verified',
};

export const CONSENT_LABEL: Record<ConsentGroup, MessageKey> = {
  profile: 'registry.consent.profile',
  contact: 'registry.consent.contact',
  products: 'registry.consent.products',
  figures: 'registry.consent.figures',
};

export const CONSENT_HINT: Record<ConsentGroup, MessageKey> = {
  profile: 'registry.consent.profileHint',
  contact: 'registry.consent.contactHint',
  products: 'registry.consent.productsHint',
  figures: 'registry.consent.figuresHint',
};

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
