import { useT } from '../../../lib/i18n';
import type { CertKind, ReportStatus, SizeClass, Technique } from '../api/types';
import { CERT_LABEL, REPORT_STATUS_LABEL, SIZE_LABEL, TECHNIQUE_LABEL } from '../lib/labels';

export function TechniqueBadges({ techniques }: { techniques: readonly Technique[] }) {
  const t = useT();
  if (techniques.length === 0) return <span className="muted">—</span>;
  return (
    <span className="status-list">
      {techniques.map((technique) => (
        <span
          key={technique}
          className={technique === 'printing' ? 'badge badge-warn' : 'badge badge-technique'}
        >
          {t(TECHNIQUE_LABEL[technique])}
        </span>
      ))}
    </span>
  );
}

export function SizeClassBadge({ sizeClass }: { sizeClass: SizeClass | null }) {
  const t = useT();
  return (
    <span className={sizeClass ? `badge badge-size-${sizeClass}` : 'badge'}>
      {sizeClass ? t(SIZE_LABEL[sizeClass]) : t('registry.size.unknown')}
    </span>
  );
}

export function CertBadges({ kinds }: { kinds: readonly CertKind[] }) {
  const t = useT();
  if (kinds.length === 0) return <span className="muted">—</span>;
  return (
    <span className="status-list">
      {kinds.map((kind) => (
        <span key={kind} className="badge badge-ok">
          {t(CERT_LABEL[kind])}
        </span>
      ))}
    </span>
  );
}

const STATUS_CLASS: Record<ReportStatus, string> = {
  draft: 'badge',
  submitted: 'badge badge-warn',
  verified: 'badge badge-ok',
};

export function ReportStatusBadge({ status, returned }: { status: ReportStatus; returned?: boolean }) {
  const t = useT();
  if (returned) return <span className="badge badge-off">{t('registry.reportStatus.returned')}</span>;
  return <span className={STATUS_CLASS[status]}>{t(REPORT_STATUS_LABEL[status])}</span>;
}

export function NotBatikBadge() {
  const t = useT();
  return (
    <span className="badge badge-off" title={t('registry.notBatikExplain')}>
      {t('registry.notBatik')}
    </span>
  );
}
