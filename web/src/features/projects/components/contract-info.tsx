import { formatDate, formatRupiah } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import type { Contract } from '../api/types';
import { PENALTY_BASE_LABEL } from '../lib/labels';
import { formatPct } from '../lib/numbers';

/** Every field of the contract, as a definition list. */
export function ContractInfo({ contract: c }: { contract: Contract }) {
  const t = useT();
  const lang = useLang();
  const rows: [string, string][] = [
    [t('projects.form.contractNumber'), c.contractNumber],
    [t('projects.form.contractDate'), formatDate(c.contractDate, lang)],
    [t('projects.form.funding'), `${c.funding} (${t('projects.fiscalYearShort', { year: c.fiscalYear })})`],
    [t('projects.form.allocation'), formatRupiah(Number(c.allocationIdr), lang)],
    [t('projects.form.contractValue'), formatRupiah(Number(c.contractValueIdr), lang)],
    [t('projects.info.tax'), formatPct(c.taxPct, lang)],
    [t('projects.form.contractor'), c.contractor],
    [t('projects.form.supervisor'), c.supervisor ?? '—'],
    [t('projects.form.ppkName'), c.ppkName ?? '—'],
    [t('projects.form.spmkDate'), formatDate(c.spmkDate, lang)],
    [t('projects.form.endDate'), formatDate(c.endDate, lang)],
    [t('projects.info.extendedEnd'), formatDate(c.extendedEndDate, lang)],
    [t('projects.info.duration'), t('projects.info.days', { days: c.durationDays })],
    [t('projects.form.maintenanceDays'), t('projects.info.days', { days: c.maintenanceDays })],
    [t('projects.form.penaltyBase'), t(PENALTY_BASE_LABEL[c.penaltyBase])],
    [t('projects.form.phoDate'), c.phoDate ? formatDate(c.phoDate, lang) : '—'],
    [t('projects.form.fhoDate'), c.fhoDate ? formatDate(c.fhoDate, lang) : '—'],
  ];
  if (c.terminatedOn) rows.push([t('projects.form.terminatedOn'), formatDate(c.terminatedOn, lang)]);
  if (c.notes) rows.push([t('projects.form.notes'), c.notes]);
  return (
    <dl className="dl">
      {rows.map(([label, value]) => (
        <div className="dl-row" key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
