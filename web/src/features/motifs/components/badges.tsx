import { useLang, useT } from '../../../lib/i18n';
import type { IpKind, IpStatus, MotifStatus, MotifSummaryIp } from '../api/types';
import { IP_KIND_SHORT, IP_STATUS_CLASS, ipStatusKey, MOTIF_STATUS_LABEL } from '../lib/labels';
import { termShort } from '../lib/term';

export function MotifStatusBadge({ status }: { status: MotifStatus }) {
  const t = useT();
  return (
    <span className={status === 'published' ? 'badge badge-ok' : 'badge'}>
      {t(MOTIF_STATUS_LABEL[status])}
    </span>
  );
}

/** Generated demo motifs are marked wherever they appear, so nobody mistakes them for real work. */
export function DemoBadge() {
  const t = useT();
  return (
    <span className="badge badge-demo" title={t('motifs.demoExplain')}>
      {t('motifs.demo')}
    </span>
  );
}

export function IpStatusBadge({ kind, status }: { kind: IpKind; status: IpStatus }) {
  const t = useT();
  return <span className={IP_STATUS_CLASS[status]}>{t(ipStatusKey(kind, status))}</span>;
}

/** "Hak Cipta · tercatat · 001265752 · s.d. 31 Desember 2071". */
export function IpSummaryBadge({ ip }: { ip: MotifSummaryIp }) {
  const t = useT();
  const lang = useLang();
  const parts = [
    t(IP_KIND_SHORT[ip.kind]),
    t(ipStatusKey(ip.kind, ip.status)),
    ip.number ?? '',
    termShort(ip, t, lang),
  ];
  return (
    <span className={`${IP_STATUS_CLASS[ip.status]} ip-badge`}>{parts.filter(Boolean).join(' · ')}</span>
  );
}
