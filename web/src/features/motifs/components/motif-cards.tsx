import { Link } from '../../../components/link';
import { useT } from '../../../lib/i18n';
import type { MotifSummary } from '../api/types';
import { TECHNIQUE_LABEL } from '../lib/labels';
import { DemoBadge, IpSummaryBadge, MotifStatusBadge } from './badges';
import { MotifThumb } from './motif-thumb';

/** The motifs as cards: one column on a phone, a grid on a desk. */
export function MotifCards({ motifs, filtered }: { motifs: readonly MotifSummary[]; filtered: boolean }) {
  const t = useT();
  if (motifs.length === 0)
    return <p className="empty">{filtered ? t('motifs.none') : t('motifs.noneYet')}</p>;
  return (
    <ul className="motif-cards">
      {motifs.map((m) => (
        <li key={m.id} className="motif-card">
          <MotifThumb url={m.thumbUrl} name={m.name} />
          <div className="motif-card-body">
            <h3 className="motif-card-title">
              <Link to={`/motif/${m.id}`}>{m.name}</Link>
            </h3>
            {m.altNames.length > 0 && <p className="cell-sub">{m.altNames.join(', ')}</p>}
            <p className="motif-card-meta">
              {[m.businessName ?? t('motifs.noBusiness'), m.technique ? t(TECHNIQUE_LABEL[m.technique]) : '']
                .filter(Boolean)
                .join(' · ')}
            </p>
            <p className="status-list">
              <MotifStatusBadge status={m.status} />
              {m.isDemo && <DemoBadge />}
            </p>
            {m.ip.length > 0 ? (
              <ul className="ip-badges" aria-label={t('motifs.ipOf', { name: m.name })}>
                {m.ip.map((ip, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the summary has no record ids
                  <li key={i}>
                    <IpSummaryBadge ip={ip} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="motif-card-meta muted">{t('motifs.noIp')}</p>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
