import type { MessageKey } from '../../../lib/i18n';
import type {
  AddendumKind,
  ContractStatus,
  EscalationStep,
  PenaltyBase,
  ScmOutcome,
  WeeklyReport,
} from '../api/types';

/** The server's enums, in display order, with the dictionary key of each label. */
export const CONTRACT_STATUSES: readonly ContractStatus[] = ['berjalan', 'selesai', 'diputus'];
export const PENALTY_BASES: readonly PenaltyBase[] = ['nilai_kontrak', 'bagian_belum_selesai'];
export const ADDENDUM_KINDS: readonly AddendumKind[] = [
  'waktu',
  'nilai',
  'waktu_nilai',
  'pemberian_kesempatan',
];
export const SCM_STAGES = [1, 2, 3] as const;
export const WARNING_LEVELS = [1, 2, 3] as const;
export const DAK_TRANCHES = [1, 2, 3] as const;

export const CONTRACT_STATUS_LABEL: Record<ContractStatus, MessageKey> = {
  berjalan: 'projects.contractStatus.berjalan',
  selesai: 'projects.contractStatus.selesai',
  diputus: 'projects.contractStatus.diputus',
};

export const CONTRACT_STATUS_CLASS: Record<ContractStatus, string> = {
  berjalan: 'badge badge-technique',
  selesai: 'badge badge-ok',
  diputus: 'badge badge-off',
};

export const PENALTY_BASE_LABEL: Record<PenaltyBase, MessageKey> = {
  nilai_kontrak: 'projects.penaltyBase.nilai_kontrak',
  bagian_belum_selesai: 'projects.penaltyBase.bagian_belum_selesai',
};

export const ADDENDUM_KIND_LABEL: Record<AddendumKind, MessageKey> = {
  waktu: 'projects.addendumKind.waktu',
  nilai: 'projects.addendumKind.nilai',
  waktu_nilai: 'projects.addendumKind.waktu_nilai',
  pemberian_kesempatan: 'projects.addendumKind.pemberian_kesempatan',
};

export const SCM_OUTCOME_LABEL: Record<ScmOutcome, MessageKey> = {
  berhasil: 'projects.scm.outcome.berhasil',
  gagal: 'projects.scm.outcome.gagal',
};

export const ESCALATION_LABEL: Record<EscalationStep, MessageKey> = {
  none: 'projects.escalation.none',
  scm: 'projects.escalation.scm',
  warning_letter: 'projects.escalation.warning_letter',
  termination_possible: 'projects.escalation.termination_possible',
};

export const REPORT_STATUS_LABEL: Record<WeeklyReport['status'], MessageKey> = {
  draft: 'projects.report.status.draft',
  approved: 'projects.report.status.approved',
};

/** The tahap III conditions the server checks, by its item key. */
export const TAHAP3_ITEM_LABEL: Record<string, MessageKey> = {
  absorption: 'projects.dak.item.absorption',
  output: 'projects.dak.item.output',
  photos: 'projects.dak.item.photos',
  reviu_report: 'projects.dak.item.reviu_report',
};

/** Roman numerals for SCM stages and tranches (SCM tahap II, SP2 stays Arabic as written). */
export const ROMAN = ['', 'I', 'II', 'III'] as const;
export const roman = (n: number) => ROMAN[n] ?? String(n);
