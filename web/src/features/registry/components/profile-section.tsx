import type { ReactNode } from 'react';
import { formatDate, formatNumber, formatRupiah } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import type { BusinessDetail } from '../api/types';
import { FIGURES, totalWorkers } from '../lib/figures';
import { MARKET_LABEL } from '../lib/labels';

function Row({ term, children }: { term: string; children: ReactNode }) {
  const empty = children === null || children === undefined || children === '';
  return (
    <div className="dl-row">
      <dt>{term}</dt>
      <dd>{empty ? <span className="muted">—</span> : children}</dd>
    </div>
  );
}

/** Profil: identity, address, contact, market, membership and the current SIINas figures. */
export function ProfileSection({ business }: { business: BusinessDetail }) {
  const t = useT();
  const lang = useLang();
  const f = business.figures;
  const workers = totalWorkers(f);
  const hasFigures = Object.values(f).some((value) => value !== null && value !== undefined && value !== '');
  const phoneHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;
  const waHref = (phone: string) => `https://wa.me/${phone.replace(/\D/g, '').replace(/^0/, '62')}`;
  const map =
    business.latitude != null && business.longitude != null
      ? `https://www.openstreetmap.org/?mlat=${business.latitude}&mlon=${business.longitude}#map=17/${business.latitude}/${business.longitude}`
      : null;

  return (
    <>
      <dl className="dl">
        <Row term={t('registry.kbli')}>
          {business.kbli.length > 0 && (
            <ul className="plain-list">
              {business.kbli.map((k) => (
                <li key={k.code}>
                  <span className="code">{k.code}</span> {k.title}
                </li>
              ))}
            </ul>
          )}
        </Row>
        <Row term={t('registry.yearFounded')}>{business.yearFounded ?? ''}</Row>
        <Row term={t('registry.address')}>
          {business.address}
          <br />
          <span className="muted">
            {business.wilayahName
              ? `${business.wilayahName} (${business.wilayahCode})`
              : business.wilayahCode}
          </span>
          {map && (
            <>
              <br />
              <a href={map} target="_blank" rel="noopener noreferrer">
                {t('registry.openMap')}
              </a>
            </>
          )}
        </Row>
        <Row term={t('registry.phone')}>
          {business.phone && <a href={phoneHref(business.phone)}>{business.phone}</a>}
        </Row>
        <Row term={t('registry.whatsapp')}>
          {business.whatsapp && (
            <a href={waHref(business.whatsapp)} target="_blank" rel="noopener noreferrer">
              {business.whatsapp}
            </a>
          )}
        </Row>
        <Row term={t('registry.email')}>
          {business.email && <a href={`mailto:${business.email}`}>{business.email}</a>}
        </Row>
        <Row term={t('registry.marketReach')}>
          {business.marketReach.map((m) => t(MARKET_LABEL[m])).join(', ')}
        </Row>
        <Row term={t('registry.memberSince')}>
          {business.memberSince ? formatDate(business.memberSince, lang) : t('registry.notMember')}
        </Row>
        <Row term={t('registry.isTenantShort')}>
          {business.isTenant ? t('registry.yes') : t('registry.no')}
        </Row>
      </dl>
      <h3>{t('registry.currentFigures')}</h3>
      <p className="field-hint">{t('registry.currentFiguresHint')}</p>
      {!hasFigures && <p className="muted">{t('registry.noFigures')}</p>}
      <dl className="dl">
        <Row term={t('registry.workersTotal')}>
          {workers != null &&
            t('registry.workersSplit', {
              total: formatNumber(workers, lang),
              male: formatNumber(f.workersMale ?? 0, lang),
              female: formatNumber(f.workersFemale ?? 0, lang),
            })}
        </Row>
        {FIGURES.filter((d) => d.name !== 'workersMale' && d.name !== 'workersFemale').map((def) => {
          const value = f[def.name];
          let shown: string = '';
          if (typeof value === 'number') {
            shown = def.kind === 'rupiah' ? formatRupiah(value, lang) : formatNumber(value, lang);
            if (
              (def.name === 'capacityInstalled' ||
                def.name === 'capacityUsed' ||
                def.name === 'productionVolume') &&
              f.capacityUnit
            )
              shown = `${shown} ${f.capacityUnit}`;
          } else if (typeof value === 'string') shown = value;
          // Only the figures that are known: a phone need not scroll past a column of dashes.
          if (def.name === 'capacityUnit' || shown === '') return null;
          return (
            <Row key={def.name} term={t(def.label)}>
              {shown}
            </Row>
          );
        })}
      </dl>
    </>
  );
}
