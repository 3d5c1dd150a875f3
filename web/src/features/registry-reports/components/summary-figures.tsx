import { useId, useState } from 'react';
import { Link } from '../../../components/link';
import { formatNumber, formatRupiah } from '../../../lib/format';
import { type MessageKey, useLang, useT } from '../../../lib/i18n';
import type { CentreSummary, FigureGroup, TracedFigure } from '../api/types';

const GROUP_TITLE: Record<FigureGroup, MessageKey> = {
  businesses: 'registryReports.group.businesses',
  sizeClass: 'registryReports.group.sizeClass',
  technique: 'registryReports.group.technique',
  kecamatan: 'registryReports.group.kecamatan',
  workers: 'registryReports.group.workers',
  production: 'registryReports.group.production',
  certifications: 'registryReports.group.certifications',
  membership: 'registryReports.group.membership',
};

const GROUP_ORDER: FigureGroup[] = [
  'businesses',
  'workers',
  'production',
  'certifications',
  'membership',
  'sizeClass',
  'technique',
  'kecamatan',
];

type BusinessRef = CentreSummary['businesses'][number];

function FigureRow({ figure, byId }: { figure: TracedFigure; byId: Map<string, BusinessRef> }) {
  const t = useT();
  const lang = useLang();
  const traceId = useId();
  const [open, setOpen] = useState(false);
  const value =
    figure.unit === 'rupiah' ? formatRupiah(figure.value, lang) : formatNumber(figure.value, lang);
  return (
    <li className="figure">
      <div className="figure-head">
        <span className="figure-label">{figure.label}</span>
        <button
          type="button"
          className="figure-value"
          aria-expanded={open}
          aria-controls={traceId}
          aria-label={t('registryReports.traceButton', { label: figure.label, value })}
          onClick={() => setOpen((o) => !o)}
        >
          {value}
        </button>
      </div>
      <div id={traceId} className="figure-trace" hidden={!open}>
        <p>
          <strong>{t('registryReports.rule')}:</strong> {figure.rule}
        </p>
        <p>
          <strong>{t('registryReports.source')}:</strong> {figure.source}
        </p>
        <p className="figure-trace-title">
          {t('registryReports.contributing', { n: figure.businessIds.length })}
        </p>
        {figure.businessIds.length > 0 && (
          <ul className="trace-list">
            {figure.businessIds.map((id) => {
              const b = byId.get(id);
              return (
                <li key={id}>
                  <Link to={`/registri/${id}`}>{b?.name ?? id}</Link>
                  {b?.nib && <span className="muted"> · NIB {b.nib}</span>}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </li>
  );
}

/** The summary, grouped; each value opens its trace (rule, source, contributing businesses). */
export function SummaryFigures({ summary }: { summary: CentreSummary }) {
  const t = useT();
  const byId = new Map(summary.businesses.map((b) => [b.id, b]));
  return (
    <div className="summary-groups">
      {GROUP_ORDER.map((group) => {
        const figures = summary.figures.filter((f) => f.group === group);
        if (figures.length === 0) return null;
        return (
          <section key={group} className="card summary-group" aria-labelledby={`group-${group}`}>
            <h3 id={`group-${group}`}>{t(GROUP_TITLE[group])}</h3>
            <ul className="figure-list">
              {figures.map((f) => (
                <FigureRow key={f.key} figure={f} byId={byId} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
