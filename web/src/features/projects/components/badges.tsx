import { useLang, useT } from '../../../lib/i18n';
import type { ContractStatus, WeeklyReport } from '../api/types';
import { CONTRACT_STATUS_CLASS, CONTRACT_STATUS_LABEL, REPORT_STATUS_LABEL } from '../lib/labels';
import { formatPoints } from '../lib/numbers';

/** KRITIS in red, TIDAK KRITIS in green: the word says it, the colour only repeats it. */
export function KritisBadge({ kritis }: { kritis: boolean }) {
  const t = useT();
  return (
    <span className={kritis ? 'badge kritis-badge kritis-yes' : 'badge kritis-badge kritis-no'}>
      {kritis ? t('projects.kritis') : t('projects.notKritis')}
    </span>
  );
}

export function ContractStatusBadge({ status }: { status: ContractStatus }) {
  const t = useT();
  return <span className={CONTRACT_STATUS_CLASS[status]}>{t(CONTRACT_STATUS_LABEL[status])}</span>;
}

export function ReportStatusBadge({ status }: { status: WeeklyReport['status'] }) {
  const t = useT();
  return (
    <span className={status === 'approved' ? 'badge badge-ok' : 'badge badge-warn'}>
      {t(REPORT_STATUS_LABEL[status])}
    </span>
  );
}

/** The CSS class of a deviation: behind plan in red, ahead in green. */
export function deviationClass(value: number | null | undefined): string {
  if (value == null || value === 0) return 'deviation';
  return value < 0 ? 'deviation deviation-behind' : 'deviation deviation-ahead';
}

/** "-11,00 poin" with its colour; the sign carries the meaning for those who do not see colour. */
export function Deviation({ value, unit = true }: { value: number | null | undefined; unit?: boolean }) {
  const t = useT();
  const lang = useLang();
  if (value == null) return <span className="muted">—</span>;
  return (
    <span className={deviationClass(value)}>
      {unit ? t('projects.points', { value: formatPoints(value, lang) }) : formatPoints(value, lang)}
    </span>
  );
}
