import { Link } from '../../../components/link';
import { PageHeader } from '../../../components/page-header';
import { formatDateRange, formatRupiah } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import type { Contract, ProjectStatus } from '../api/types';
import { daysBetween } from '../lib/numbers';
import { ContractStatusBadge, KritisBadge } from './badges';

export interface ContractHeaderProps {
  contract: Contract;
  status: ProjectStatus | undefined;
  canKeep: boolean;
}

/** The package's name (the page's h1), who builds it for how much and when, and the main actions. */
export function ContractHeader({ contract: c, status, canKeep }: ContractHeaderProps) {
  const t = useT();
  const lang = useLang();
  const extended = c.extendedEndDate !== c.endDate;
  return (
    <div className="contract-head">
      <PageHeader title={c.packageName}>
        {canKeep && (
          <>
            <Link to={`/proyek/${c.id}/laporan/baru`} className="btn btn-primary">
              {t('projects.report.add')}
            </Link>
            <Link to={`/proyek/${c.id}/ubah`} className="btn btn-secondary">
              {t('projects.edit')}
            </Link>
          </>
        )}
      </PageHeader>
      <p className="contract-badges status-list">
        {status?.latest && <KritisBadge kritis={status.latest.evaluation.kritis} />}
        <ContractStatusBadge status={c.status} />
      </p>
      <p className="contract-meta">
        <span>{t('projects.head.contractor', { name: c.contractor })}</span>
        <span>{t('projects.head.value', { value: formatRupiah(Number(c.contractValueIdr), lang) })}</span>
        <span>{t('projects.head.funding', { funding: c.funding, year: c.fiscalYear })}</span>
        <span>
          {t('projects.head.period', {
            period: formatDateRange(c.spmkDate, c.extendedEndDate, lang),
            days: daysBetween(c.spmkDate, c.extendedEndDate) + 1,
          })}
          {extended && <> {t('projects.head.extended')}</>}
        </span>
      </p>
    </div>
  );
}
