import type { MessageKey } from '../../../lib/i18n';
import type {
  DyeKind,
  HolderKind,
  IpDocumentLabel,
  IpKind,
  IpStatus,
  MotifStatus,
  MotifTechnique,
  WorkKind,
} from '../api/types';

/** The server's enums, in display order, with the dictionary key of each label. */
export const MOTIF_STATUSES: readonly MotifStatus[] = ['draft', 'published'];
export const MOTIF_TECHNIQUES: readonly MotifTechnique[] = ['tulis', 'cap', 'kombinasi'];
export const DYE_KINDS: readonly DyeKind[] = ['alami', 'sintetis', 'campuran'];
export const IP_KINDS: readonly IpKind[] = ['hak_cipta', 'desain_industri', 'kik'];
export const IP_STATUSES: readonly IpStatus[] = [
  'requested',
  'draft',
  'filed',
  'recorded',
  'rejected',
  'expired',
];
export const WORK_KINDS: readonly WorkKind[] = ['karya_seni_batik', 'seni_motif', 'seni_terapan'];
export const HOLDER_KINDS: readonly HolderKind[] = ['perorangan', 'badan_hukum', 'pemerintah', 'negara'];
export const DOCUMENT_LABELS: readonly IpDocumentLabel[] = ['sertifikat', 'formulir', 'lainnya'];
/** "Berakhir dalam … bulan" in the list's filter. */
export const EXPIRING_MONTHS = [6, 12, 24, 60] as const;

export const MOTIF_STATUS_LABEL: Record<MotifStatus, MessageKey> = {
  draft: 'motifs.status.draft',
  published: 'motifs.status.published',
};

export const TECHNIQUE_LABEL: Record<MotifTechnique, MessageKey> = {
  tulis: 'motifs.technique.tulis',
  cap: 'motifs.technique.cap',
  kombinasi: 'motifs.technique.kombinasi',
};

export const DYE_LABEL: Record<DyeKind, MessageKey> = {
  alami: 'motifs.dye.alami',
  sintetis: 'motifs.dye.sintetis',
  campuran: 'motifs.dye.campuran',
};

export const IP_KIND_LABEL: Record<IpKind, MessageKey> = {
  hak_cipta: 'motifs.ipKind.hak_cipta',
  desain_industri: 'motifs.ipKind.desain_industri',
  kik: 'motifs.ipKind.kik',
};

/** The kind's name in a sentence or a badge ("KIK", not the long form). */
export const IP_KIND_SHORT: Record<IpKind, MessageKey> = {
  hak_cipta: 'motifs.ipKindShort.hak_cipta',
  desain_industri: 'motifs.ipKindShort.desain_industri',
  kik: 'motifs.ipKindShort.kik',
};

/** The status in general (filters, the dashboard table). */
export const IP_STATUS_LABEL: Record<IpStatus, MessageKey> = {
  requested: 'motifs.ipStatus.requested',
  draft: 'motifs.ipStatus.draft',
  filed: 'motifs.ipStatus.filed',
  recorded: 'motifs.ipStatus.recorded',
  rejected: 'motifs.ipStatus.rejected',
  expired: 'motifs.ipStatus.expired',
};

/**
 * The status of one record, in the words of its own law: a copyright and a KIK are "tercatat"
 * (recorded), an industrial design is "terdaftar" (registered).
 */
export function ipStatusKey(kind: IpKind, status: IpStatus): MessageKey {
  if (status === 'recorded') {
    return kind === 'desain_industri' ? 'motifs.ipStatus.registered' : 'motifs.ipStatus.recordedOnly';
  }
  return IP_STATUS_LABEL[status];
}

export const IP_STATUS_CLASS: Record<IpStatus, string> = {
  requested: 'badge badge-warn',
  draft: 'badge',
  filed: 'badge badge-technique',
  recorded: 'badge badge-ok',
  rejected: 'badge badge-off',
  expired: 'badge badge-off',
};

export const WORK_KIND_LABEL: Record<WorkKind, MessageKey> = {
  karya_seni_batik: 'motifs.workKind.karya_seni_batik',
  seni_motif: 'motifs.workKind.seni_motif',
  seni_terapan: 'motifs.workKind.seni_terapan',
};

export const HOLDER_KIND_LABEL: Record<HolderKind, MessageKey> = {
  perorangan: 'motifs.holderKind.perorangan',
  badan_hukum: 'motifs.holderKind.badan_hukum',
  pemerintah: 'motifs.holderKind.pemerintah',
  negara: 'motifs.holderKind.negara',
};

export const DOCUMENT_LABEL: Record<IpDocumentLabel, MessageKey> = {
  sertifikat: 'motifs.doc.sertifikat',
  formulir: 'motifs.doc.formulir',
  lainnya: 'motifs.doc.lainnya',
};

/** A request, a draft or a filing is still being worked on: the artisan waits for it. */
export const OPEN_STATUSES: readonly IpStatus[] = ['requested', 'draft', 'filed'];

/** Once a right is filed or recorded the motif and its images are evidence: they cannot be deleted. */
export const HELD_STATUSES: readonly IpStatus[] = ['filed', 'recorded', 'expired'];

/** Mirrors the server's ip-rules.ts NEXT_STATUSES; the server still decides. */
export const NEXT_STATUSES: Record<IpStatus, readonly IpStatus[]> = {
  requested: ['draft', 'filed', 'rejected'],
  draft: ['filed', 'rejected'],
  filed: ['recorded', 'rejected'],
  recorded: ['expired'],
  rejected: ['draft'],
  expired: [],
};

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
