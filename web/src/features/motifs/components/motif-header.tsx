import { Link } from '../../../components/link';
import { useT } from '../../../lib/i18n';
import type { Motif } from '../api/types';
import { DemoBadge, MotifStatusBadge } from './badges';

export interface MotifHeaderProps {
  motif: Motif;
  canEdit: boolean;
}

/** The motif's name (the page's h1), its state, and the evidence pack anyone who sees it may take. */
export function MotifHeader({ motif, canEdit }: MotifHeaderProps) {
  const t = useT();
  return (
    <header className="motif-head">
      <div className="page-head">
        <h1 tabIndex={-1}>{motif.name}</h1>
        {canEdit && (
          <div className="page-actions">
            <Link to={`/motif/${motif.id}/ubah`} className="btn btn-secondary">
              {t('motifs.edit')}
            </Link>
          </div>
        )}
      </div>
      <p className="status-list">
        <MotifStatusBadge status={motif.status} />
        {motif.isDemo && <DemoBadge />}
      </p>
      <p className="motif-ids">
        <span>
          {t('motifs.business')}: <strong>{motif.businessName ?? t('motifs.noBusiness')}</strong>
        </span>
        {motif.altNames.length > 0 && (
          <span>
            {t('motifs.altNames')}: {motif.altNames.join(', ')}
          </span>
        )}
      </p>
      {motif.isDemo && <p className="field-hint">{t('motifs.demoExplain')}</p>}
      <div className="evidence-pack">
        <a className="btn btn-secondary" href={`/api/motifs/${motif.id}/evidence-pack`} download>
          {t('motifs.evidencePack')}
        </a>
        <p className="field-hint">{t('motifs.evidencePackHint')}</p>
      </div>
    </header>
  );
}
