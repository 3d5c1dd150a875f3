import type { ReactNode } from 'react';
import { Link } from '../../../components/link';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import type { DuplicateSide } from '../api/types';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="dl-row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** One side of a candidate pair: what an officer needs to tell two records apart. */
export function SideSummary({ side, title }: { side: DuplicateSide; title: string }) {
  const t = useT();
  const lang = useLang();
  const empty = t('duplicates.empty');
  const phones = [...new Set([side.phone, side.whatsapp].filter(Boolean))].join(' · ');
  const place = [side.kelurahan, side.kecamatan].filter(Boolean).join(', ');
  return (
    <div className="dup-side">
      <p className="dup-side-title">{title}</p>
      <p className="dup-side-name">
        <Link to={`/registri/${side.id}`}>{side.name}</Link>
      </p>
      <dl className="dl">
        <Row term={t('duplicates.field.nib')}>{side.nib ?? empty}</Row>
        <Row term={t('duplicates.side.place')}>{place || side.wilayahCode}</Row>
        <Row term={t('duplicates.field.address')}>{side.address}</Row>
        <Row term={t('duplicates.side.phones')}>{phones || empty}</Row>
        <Row term={t('duplicates.side.workers')}>
          {side.workersTotal === null ? empty : formatNumber(side.workersTotal, lang)}
        </Row>
        <Row term={t('duplicates.side.attached')}>
          {t('duplicates.side.counts', {
            people: side.counts.people,
            products: side.counts.products,
            certifications: side.counts.certifications,
            reports: side.counts.reports,
          })}
        </Row>
        <Row term={t('duplicates.side.updatedAt')}>{formatDateTime(side.updatedAt, lang)}</Row>
      </dl>
    </div>
  );
}
