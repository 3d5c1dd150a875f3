import type { ReactNode } from 'react';
import type { Centre } from '../../../api/types';
import { Link } from '../../../components/link';
import { formatDate } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';

function Row({ term, children }: { term: string; children: ReactNode }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <div className="dl-row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function wilayahLabel(centre: Pick<Centre, 'wilayahCode' | 'wilayahName'>): string {
  return centre.wilayahName ? `${centre.wilayahName} (${centre.wilayahCode})` : centre.wilayahCode;
}

export interface CentreProfileProps {
  centre: Centre;
  canEdit: boolean;
}

export function CentreProfile({ centre, canEdit }: CentreProfileProps) {
  const t = useT();
  const lang = useLang();
  const website = centre.website && /^https?:\/\//i.test(centre.website) ? centre.website : null;
  return (
    <section className="card" aria-labelledby={`centre-${centre.id}`}>
      <div className="card-head">
        <h2 id={`centre-${centre.id}`}>{centre.name}</h2>
        {canEdit && (
          <Link to={`/sentra/${centre.id}/ubah`} className="btn btn-secondary">
            {t('centre.edit')}
          </Link>
        )}
      </div>
      {centre.photoUrl && (
        <img
          className="centre-photo"
          src={centre.photoUrl}
          alt={t('centre.photoAlt', { name: centre.name })}
        />
      )}
      <dl className="dl">
        <Row term={t('centre.industry')}>{centre.industry}</Row>
        <Row term={t('centre.address')}>
          {centre.address}
          <br />
          {wilayahLabel(centre)}
        </Row>
        <Row term={t('centre.openedOn')}>{formatDate(centre.openedOn, lang)}</Row>
        <Row term={t('centre.phone')}>
          {centre.phone && <a href={`tel:${centre.phone.replace(/[^\d+]/g, '')}`}>{centre.phone}</a>}
        </Row>
        <Row term={t('centre.email')}>
          {centre.email && <a href={`mailto:${centre.email}`}>{centre.email}</a>}
        </Row>
        <Row term={t('centre.website')}>
          {centre.website &&
            (website ? (
              <a href={website} rel="noopener noreferrer" target="_blank">
                {centre.website}
              </a>
            ) : (
              centre.website
            ))}
        </Row>
        <Row term={t('centre.description')}>{centre.description}</Row>
      </dl>
    </section>
  );
}
