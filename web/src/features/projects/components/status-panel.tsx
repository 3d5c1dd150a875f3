import type { ReactNode } from 'react';
import { Alert } from '../../../components/alert';
import { Link } from '../../../components/link';
import { formatDate, formatDateRange, formatNumber, formatRupiah } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import type { Contract, ProjectStatus } from '../api/types';
import { ESCALATION_LABEL, roman } from '../lib/labels';
import { daysBetween, formatPct } from '../lib/numbers';
import { Deviation, KritisBadge } from './badges';

/** A figure with its label, as a tile; the bar (for percentages) only repeats the number. */
function Figure({ label, value, bar }: { label: string; value: ReactNode; bar?: number }) {
  return (
    <div className="figure">
      <dt>{label}</dt>
      <dd>
        <span className="figure-value">{value}</span>
        {bar !== undefined && (
          <span className="figure-bar" aria-hidden="true">
            <span style={{ width: `${Math.max(0, Math.min(100, bar))}%` }} />
          </span>
        )}
      </dd>
    </div>
  );
}

export interface StatusPanelProps {
  contract: Contract;
  status: ProjectStatus;
  canKeep: boolean;
}

/**
 * The contract at a glance: the latest reported week against plan and whether the contract is
 * kritis (with the rule's own explanation and its legal source), the control step due, when it
 * will finish, the late penalty, and money paid against physical progress.
 */
export function StatusPanel({ contract, status, canKeep }: StatusPanelProps) {
  const t = useT();
  const lang = useLang();
  const { latest, forecast, penalty, escalation, money } = status;
  const latestWeek = latest ? status.weeks.find((w) => w.week === latest.week) : undefined;
  const slip = forecast.finishDate ? daysBetween(penalty.endDate, forecast.finishDate) : null;

  return (
    <div className="status-panel">
      {contract.boqItemCount === 0 && (
        <Alert tone="warning" title={t('projects.status.noBoqTitle')}>
          <p>{t('projects.status.noBoq')}</p>
          {canKeep && (
            <p>
              <Link to={`/proyek/${contract.id}/rab`}>{t('projects.boq.import')}</Link>
            </p>
          )}
        </Alert>
      )}

      <div className={latest?.evaluation.kritis ? 'status-main status-kritis' : 'status-main'}>
        {latest ? (
          <>
            <p className="status-line">
              <KritisBadge kritis={latest.evaluation.kritis} />
              <span>
                <strong>{t('projects.status.latestWeek', { week: latest.week })}</strong>
                {latestWeek && <> · {formatDateRange(latestWeek.startDate, latestWeek.endDate, lang)}</>} ·{' '}
                {t('projects.status.period', { period: latest.evaluation.period })}
              </span>
            </p>
            <dl className="figures">
              <Figure
                label={t('projects.status.plan')}
                value={formatPct(latest.planCumPct, lang)}
                bar={latest.planCumPct}
              />
              <Figure
                label={t('projects.status.actual')}
                value={formatPct(latest.actualCumPct, lang)}
                bar={latest.actualCumPct}
              />
              <Figure label={t('projects.status.deviation')} value={<Deviation value={latest.deviation} />} />
            </dl>
            <p className="explanation">{latest.evaluation.explanation[lang]}</p>
            <p className="legal">{t('projects.legalSource', { source: latest.evaluation.legalSource })}</p>
          </>
        ) : (
          <p className="status-line">
            <span className="badge">{t('projects.status.noReports')}</span>
            <span>{t('projects.status.noReportsHint')}</span>
          </p>
        )}
      </div>

      <div className="status-grid">
        <section className="status-block" aria-labelledby="status-escalation">
          <h3 id="status-escalation">{t('projects.status.escalationTitle')}</h3>
          <p>
            <strong className={escalation.nextStep === 'none' ? undefined : 'step-due'}>
              {t(ESCALATION_LABEL[escalation.nextStep], {
                stage: escalation.nextScmStage ? roman(escalation.nextScmStage) : '',
              })}
            </strong>
          </p>
          <p>{escalation.explanation[lang]}</p>
        </section>

        <section className="status-block" aria-labelledby="status-forecast">
          <h3 id="status-forecast">{t('projects.status.forecastTitle')}</h3>
          {forecast.finishDate ? (
            <>
              <p>
                <strong>{formatDate(forecast.finishDate, lang)}</strong>
                {slip !== null && (
                  <>
                    <br />
                    <span className={slip > 0 ? 'deviation deviation-behind' : 'deviation deviation-ahead'}>
                      {slip > 0
                        ? t('projects.status.slipLate', { days: slip })
                        : slip < 0
                          ? t('projects.status.slipEarly', { days: -slip })
                          : t('projects.status.slipOnTime')}
                    </span>
                  </>
                )}
              </p>
              <p className="muted">
                {t('projects.status.contractEnd', { date: formatDate(penalty.endDate, lang) })}
                {forecast.spiT !== null && (
                  <> · SPI(t) {forecast.spiT.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB')}</>
                )}
              </p>
              {forecast.pastFiscalYearEnd && (
                <p>
                  <span className="badge badge-off">{t('projects.status.pastFiscalYear')}</span>
                </p>
              )}
            </>
          ) : (
            <p>{forecast.explanation[lang]}</p>
          )}
          {forecast.finishDate && (
            <details className="how">
              <summary>{t('projects.status.how')}</summary>
              <p>{forecast.explanation[lang]}</p>
            </details>
          )}
        </section>

        <section className="status-block" aria-labelledby="status-penalty">
          <h3 id="status-penalty">{t('projects.status.penaltyTitle')}</h3>
          {penalty.daysLate > 0 ? (
            <>
              <p>
                <strong>{formatRupiah(penalty.cappedIdr, lang)}</strong>
              </p>
              <p>
                {t('projects.status.penaltyDays', {
                  days: formatNumber(penalty.daysLate, lang),
                  perDay: formatRupiah(penalty.perDayIdr, lang),
                })}
              </p>
              {penalty.capReached && (
                <p>
                  <span className="badge badge-warn">{t('projects.status.capReached')}</span>{' '}
                  <span className="muted">
                    {t('projects.status.uncapped', { amount: formatRupiah(penalty.uncappedIdr, lang) })}
                  </span>
                </p>
              )}
            </>
          ) : (
            <p>{t('projects.status.noPenalty')}</p>
          )}
          <details className="how">
            <summary>{t('projects.status.how')}</summary>
            <p>{penalty.explanation[lang]}</p>
            <p className="legal">{t('projects.legalSource', { source: penalty.legalSource })}</p>
          </details>
        </section>

        <section className="status-block" aria-labelledby="status-money">
          <h3 id="status-money">{t('projects.status.moneyTitle')}</h3>
          <dl className="figures figures-compact">
            <Figure
              label={t('projects.status.financial')}
              value={formatPct(money.financialPct, lang)}
              bar={money.financialPct}
            />
            <Figure
              label={t('projects.status.physical')}
              value={formatPct(money.physicalPct, lang)}
              bar={money.physicalPct}
            />
          </dl>
          <p className="muted">
            {t('projects.status.paidOf', {
              paid: formatRupiah(money.paidIdr, lang),
              value: formatRupiah(money.contractValueIdr, lang),
            })}
          </p>
        </section>
      </div>

      {status.planProblems.length > 0 && (
        <Alert tone="warning" title={t('projects.status.planProblems')}>
          <ul>
            {status.planProblems.map((p) => (
              <li key={`${p.code}-${p.row ?? ''}`}>{p.message[lang]}</li>
            ))}
          </ul>
        </Alert>
      )}
      <p className="muted as-of">{t('projects.status.asOf', { date: formatDate(status.asOf, lang) })}</p>
    </div>
  );
}
