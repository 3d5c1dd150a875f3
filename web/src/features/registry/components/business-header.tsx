import { Link } from '../../../components/link';
import { useLang, useT } from '../../../lib/i18n';
import type { BusinessDetail } from '../api/types';
import { LEGAL_FORM_LABEL, SIZE_LABEL } from '../lib/labels';
import { currentPeriod, reportPath } from '../lib/semester';
import { NotBatikBadge, TechniqueBadges } from './badges';

export interface BusinessHeaderProps {
  business: BusinessDetail;
  canEdit: boolean;
}

/** The business's name (the page's h1), its identifiers and its size class with the rule and law. */
export function BusinessHeader({ business, canEdit }: BusinessHeaderProps) {
  const t = useT();
  const { sizeClass } = business;
  const lang = useLang();
  // "Kelas usaha: mikro — …": the class reads as a word in the sentence, not as a label.
  const size = (
    sizeClass.sizeClass ? t(SIZE_LABEL[sizeClass.sizeClass]) : t('registry.size.unknown')
  ).toLocaleLowerCase(lang === 'id' ? 'id-ID' : 'en-GB');
  const source =
    sizeClass.legalSource && !sizeClass.explanation.includes(sizeClass.legalSource)
      ? ` (${sizeClass.legalSource})`
      : '';
  const period = currentPeriod();
  // Once this semester's report is verified there is nothing left to fill in.
  const current = business.reports.find((r) => r.year === period.year && r.semester === period.semester);
  const canFill = canEdit && current?.status !== 'verified';
  return (
    <header className="business-head">
      <div className="page-head">
        <h1 tabIndex={-1}>{business.name}</h1>
        {canEdit && (
          <div className="page-actions">
            {canFill && (
              <Link to={reportPath(business.id, period)} className="btn btn-primary">
                {t('registry.fillReport', { semester: period.semester, year: period.year })}
              </Link>
            )}
            <Link to={`/registri/${business.id}/ubah`} className="btn btn-secondary">
              {t('registry.edit')}
            </Link>
          </div>
        )}
      </div>
      <p className="business-ids">
        <span>
          {t('registry.nib')}: <strong>{business.nib ?? t('registry.nibNone')}</strong>
        </span>
        <span>{t(LEGAL_FORM_LABEL[business.legalForm])}</span>
        {business.wilayahName && <span>{business.wilayahName}</span>}
      </p>
      <p className="business-badges">
        <TechniqueBadges techniques={business.techniques} />
        {business.notBatikUnderSni && <NotBatikBadge />}
      </p>
      {business.notBatikUnderSni && <p className="field-hint">{t('registry.notBatikExplain')}</p>}
      <p className="size-line">
        <strong>{t('registry.sizeLine', { size })}</strong> — {sizeClass.explanation}
        {source}
      </p>
      {business.mergedIntoId && (
        <p className="alert alert-warning">
          {t('registry.mergedInto')}{' '}
          <Link to={`/registri/${business.mergedIntoId}`}>{t('registry.mergedOpen')}</Link>
        </p>
      )}
    </header>
  );
}
