import type { ReactNode } from 'react';
import { formatDate } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import type { Motif } from '../api/types';
import { DYE_LABEL, MOTIF_STATUS_LABEL, TECHNIQUE_LABEL } from '../lib/labels';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="dl-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** What the motif is: technique, colours, origin, meaning. Empty facts are left out. */
export function MotifInfo({ motif }: { motif: Motif }) {
  const t = useT();
  const lang = useLang();
  const none = <span className="muted">—</span>;
  return (
    <dl className="dl">
      <Row label={t('motifs.form.technique')}>
        {motif.technique ? t(TECHNIQUE_LABEL[motif.technique]) : none}
      </Row>
      <Row label={t('motifs.form.dyeKind')}>{motif.dyeKind ? t(DYE_LABEL[motif.dyeKind]) : none}</Row>
      <Row label={t('motifs.form.colours')}>{motif.colours.length ? motif.colours.join(', ') : none}</Row>
      <Row label={t('motifs.form.yearCreated')}>{motif.yearCreated ?? none}</Row>
      <Row label={t('motifs.form.origin')}>{motif.origin ?? none}</Row>
      <Row label={t('motifs.form.tags')}>
        {motif.tags.length ? (
          <span className="status-list">
            {motif.tags.map((tag) => (
              <span key={tag} className="badge">
                {tag}
              </span>
            ))}
          </span>
        ) : (
          none
        )}
      </Row>
      <Row label={t('motifs.form.status')}>{t(MOTIF_STATUS_LABEL[motif.status])}</Row>
      {motif.description && <Row label={t('motifs.form.description')}>{motif.description}</Row>}
      {motif.philosophy && <Row label={t('motifs.form.philosophy')}>{motif.philosophy}</Row>}
      <Row label={t('motifs.updatedAt')}>{formatDate(motif.updatedAt, lang)}</Row>
    </dl>
  );
}

/** The creators (pencipta): whether they are alive decides how long a copyright lasts. */
export function MotifCreators({ motif }: { motif: Motif }) {
  const t = useT();
  const lang = useLang();
  if (motif.creators.length === 0) return <p className="empty">{t('motifs.noCreators')}</p>;
  return (
    <ul className="item-list">
      {motif.creators.map((c) => (
        <li key={c.id} className="item">
          <p className="item-title">{c.name}</p>
          <p className="item-meta">
            {[
              c.address ?? '',
              c.nationality,
              c.deceased
                ? c.diedOn
                  ? t('motifs.creatorDiedOn', { date: formatDate(c.diedOn, lang) })
                  : t('motifs.creatorDeceased')
                : t('motifs.creatorAlive'),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </li>
      ))}
    </ul>
  );
}
