import { formatNumber } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import type { Report } from '../api/types';
import { totalWorkers } from '../lib/figures';

interface Point {
  label: string;
  value: number | null;
}

const WIDTH = 320;
const HEIGHT = 120;
const TOP = 16;
const BOTTOM = 20;

/** A few bars in plain SVG (no chart library), with the numbers in the accessible name. */
function Bars({ title, points, format }: { title: string; points: Point[]; format: (n: number) => string }) {
  const max = Math.max(1, ...points.map((p) => p.value ?? 0));
  const slot = WIDTH / Math.max(points.length, 1);
  const bar = Math.min(40, slot * 0.6);
  const summary = points.map((p) => `${p.label}: ${p.value == null ? '—' : format(p.value)}`).join('; ');
  return (
    <figure className="trend">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${title}. ${summary}`}>
        <line x1="0" x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} className="trend-axis" />
        {points.map((p, i) => {
          const h = p.value == null ? 0 : ((HEIGHT - TOP - BOTTOM) * p.value) / max;
          const x = i * slot + (slot - bar) / 2;
          const y = HEIGHT - BOTTOM - h;
          return (
            <g key={p.label}>
              <rect x={x} y={y} width={bar} height={h} className="trend-bar" rx="2" />
              <text x={x + bar / 2} y={HEIGHT - 5} textAnchor="middle" className="trend-label">
                {p.label}
              </text>
              {p.value != null && (
                <text x={x + bar / 2} y={Math.max(11, y - 4)} textAnchor="middle" className="trend-value">
                  {format(p.value)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** Rp 1.250.000.000 → "1,3 M" for the small labels above the bars. */
function shortRupiah(n: number, lang: 'id' | 'en'): string {
  const units: [number, string][] =
    lang === 'id'
      ? [
          [1e12, 'T'],
          [1e9, 'M'],
          [1e6, 'jt'],
          [1e3, 'rb'],
        ]
      : [
          [1e12, 'tn'],
          [1e9, 'bn'],
          [1e6, 'm'],
          [1e3, 'k'],
        ];
  for (const [size, unit] of units) {
    if (n >= size) return `${formatNumber(Math.round((n / size) * 10) / 10, lang)} ${unit}`;
  }
  return formatNumber(n, lang);
}

/** Workers and production value across the last semesters (oldest first). */
export function ReportTrend({ reports }: { reports: readonly Report[] }) {
  const t = useT();
  const lang = useLang();
  const recent = [...reports].sort((a, b) => a.year - b.year || a.semester - b.semester).slice(-8);
  if (recent.length < 2) return null;
  const label = (r: Report) => `S${r.semester} '${String(r.year).slice(-2)}`;
  return (
    <div className="trends">
      <Bars
        title={t('registry.report.trendWorkers')}
        points={recent.map((r) => ({ label: label(r), value: totalWorkers(r.figures) }))}
        format={(n) => formatNumber(n, lang)}
      />
      <Bars
        title={t('registry.report.trendValue')}
        points={recent.map((r) => ({ label: label(r), value: r.figures.productionValueIdr ?? null }))}
        format={(n) => shortRupiah(n, lang)}
      />
    </div>
  );
}
