import { useEffect, useId, useRef, useState } from 'react';
import { type Lang, type Translate, useLang, useT } from '../../../lib/i18n';
import type { StatusWeek } from '../api/types';
import { formatPct, formatPoints } from '../lib/numbers';

/** The chart is drawn at the width it is shown (text stays readable on a 360 px phone). */
function useWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const measure = () => setWidth(Math.max(240, Math.round(node.getBoundingClientRect().width)));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

interface Point {
  week: number;
  pct: number;
}

/** Cumulative actual between two reports, read on the straight line joining them. */
function actualAt(points: readonly Point[], week: number): number {
  const after = points.findIndex((p) => p.week >= week);
  if (after <= 0) return points[0]?.pct ?? 0;
  const a = points[after - 1] as Point;
  const b = points[after] as Point;
  return a.pct + ((b.pct - a.pct) * (week - a.week)) / (b.week - a.week);
}

/** Labels on the week axis at a readable spacing: every 1, 2, 4, 5, 10… weeks. */
function weekStep(pixelsPerWeek: number): number {
  for (const step of [1, 2, 4, 5, 10, 20, 25, 50]) if (step * pixelsPerWeek >= 30) return step;
  return 100;
}

const Y_TICKS = [0, 20, 40, 60, 80, 100];

/** The sentence a screen reader hears for the chart: where plan and actual stand, which weeks are kritis. */
export function chartSummary(weeks: readonly StatusWeek[], t: Translate, lang: Lang): string {
  const reported = weeks.filter((w) => w.actualCumPct != null);
  const last = reported.at(-1);
  const kritis = reported.filter((w) => w.evaluation?.kritis).map((w) => w.week);
  const parts = [t('projects.chart.summaryPlan', { weeks: weeks.length })];
  parts.push(
    last
      ? t('projects.chart.summaryLatest', {
          week: last.week,
          actual: formatPct(last.actualCumPct, lang),
          plan: formatPct(last.planCumPct, lang),
          deviation: formatPoints(last.deviation, lang),
        })
      : t('projects.chart.summaryNoActual'),
  );
  parts.push(
    kritis.length
      ? t('projects.chart.summaryKritis', { weeks: kritis.join(', ') })
      : t('projects.chart.summaryNoKritis'),
  );
  return parts.join(' ');
}

export interface SCurveChartProps {
  weeks: readonly StatusWeek[];
  /** Where the week-by-week figures are (the weekly table), for those who cannot see the chart. */
  tableId: string;
}

/**
 * Kurva S drawn by hand in SVG: the planned cumulative progress (dashed), the actual one from the
 * weekly reports (solid), the gap between them shaded red where behind and green where ahead,
 * and the kritis weeks marked with a red dot. The svg is one image with a spoken summary; the
 * weekly table carries every number.
 */
export function SCurveChart({ weeks, tableId }: SCurveChartProps) {
  const t = useT();
  const lang = useLang();
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const [ref, width] = useWidth<HTMLDivElement>(640);
  const narrow = width < 480;
  const height = narrow ? 250 : 320;
  const margin = { top: 28, right: narrow ? 10 : 16, bottom: 44, left: narrow ? 40 : 48 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const total = Math.max(1, weeks.length);
  const x = (week: number) => margin.left + (week / total) * plotW;
  const y = (pct: number) => margin.top + plotH - (Math.max(0, Math.min(100, pct)) / 100) * plotH;
  const step = weekStep(plotW / total);

  const plan: Point[] = [{ week: 0, pct: 0 }, ...weeks.map((w) => ({ week: w.week, pct: w.planCumPct }))];
  const reported = weeks.filter((w) => w.actualCumPct != null);
  const actual: Point[] = [
    { week: 0, pct: 0 },
    ...reported.map((w) => ({ week: w.week, pct: w.actualCumPct as number })),
  ];
  const line = (points: readonly Point[]) =>
    points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.week).toFixed(1)},${y(p.pct).toFixed(1)}`).join(' ');

  // The band between plan and actual, from the first reported week to the latest (before the first
  // report nothing is known, and the straight line from zero would invent a gap).
  const firstWeek = reported[0]?.week ?? 0;
  const lastWeek = reported.at(-1)?.week ?? 0;
  const span = Array.from({ length: lastWeek - firstWeek + 1 }, (_, i) => firstWeek + i);
  const band =
    lastWeek > firstWeek
      ? `${line(span.map((week) => ({ week, pct: actualAt(actual, week) })))} ${[...span]
          .reverse()
          .map((week) => `L${x(week).toFixed(1)},${y(plan[week]?.pct ?? 0).toFixed(1)}`)
          .join(' ')} Z`
      : '';
  const planPath = line(plan);
  const bottom = y(0);
  const top = y(100);
  const below = `${planPath} L${x(total)},${bottom} L${x(0)},${bottom} Z`;
  const above = `${planPath} L${x(total)},${top} L${x(0)},${top} Z`;

  const titleId = `${uid}-title`;
  const descId = `${uid}-desc`;
  const summary = chartSummary(weeks, t, lang);
  const lastKritis = reported.filter((w) => w.evaluation?.kritis).at(-1);
  const xLabels = Array.from({ length: Math.floor(total / step) + 1 }, (_, i) => i * step);

  return (
    <figure className="s-curve" aria-labelledby={`${uid}-caption`}>
      <figcaption id={`${uid}-caption`} className="s-curve-caption">
        {t('projects.chart.caption')}
      </figcaption>
      <div ref={ref} className="s-curve-frame">
        <svg
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby={titleId}
          aria-describedby={descId}
          className="s-curve-svg"
        >
          <title id={titleId}>{t('projects.chart.title')}</title>
          <desc id={descId}>{summary}</desc>
          <defs>
            <clipPath id={`${uid}-below`}>
              <path d={below} />
            </clipPath>
            <clipPath id={`${uid}-above`}>
              <path d={above} />
            </clipPath>
          </defs>
          {/* Grid and axes */}
          {Y_TICKS.map((tick) => (
            <g key={`y${tick}`}>
              <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} className="grid" />
              <text x={margin.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" className="tick">
                {tick}%
              </text>
            </g>
          ))}
          {xLabels.map((week) => (
            <g key={`x${week}`}>
              <line x1={x(week)} x2={x(week)} y1={top} y2={bottom} className="grid grid-x" />
              <text x={x(week)} y={bottom + 16} textAnchor="middle" className="tick">
                {week}
              </text>
            </g>
          ))}
          <line x1={margin.left} x2={width - margin.right} y1={bottom} y2={bottom} className="axis" />
          <line x1={margin.left} x2={margin.left} y1={top} y2={bottom} className="axis" />
          <text x={margin.left + plotW / 2} y={height - 6} textAnchor="middle" className="axis-title">
            {t('projects.chart.xAxis')}
          </text>
          <text x={4} y={12} className="axis-title">
            {t('projects.chart.yAxis')}
          </text>
          {/* Deviation band: red below the plan (behind), green above it (ahead) */}
          {band && (
            <>
              <path d={band} className="band-behind" clipPath={`url(#${uid}-below)`} />
              <path d={band} className="band-ahead" clipPath={`url(#${uid}-above)`} />
            </>
          )}
          <path d={planPath} className="plan-line" />
          {reported.length > 0 && <path d={line(actual)} className="actual-line" />}
          {reported.map((w) =>
            w.evaluation?.kritis ? (
              <circle
                key={w.week}
                cx={x(w.week)}
                cy={y(w.actualCumPct as number)}
                r={6.5}
                className="point-kritis"
                data-week={w.week}
              />
            ) : (
              <circle
                key={w.week}
                cx={x(w.week)}
                cy={y(w.actualCumPct as number)}
                r={3.5}
                className="point-actual"
                data-week={w.week}
              />
            ),
          )}
          {lastKritis && (
            <text
              x={x(lastKritis.week)}
              y={
                y(lastKritis.actualCumPct as number) + 22 < bottom - 4
                  ? y(lastKritis.actualCumPct as number) + 22
                  : y(lastKritis.actualCumPct as number) - 12
              }
              textAnchor="middle"
              className="kritis-label"
            >
              {t('projects.kritis')}
            </text>
          )}
        </svg>
      </div>
      <ul className="s-curve-legend" aria-label={t('projects.chart.legend')}>
        <li>
          <svg width="28" height="12" aria-hidden="true" focusable="false">
            <line x1="0" x2="28" y1="6" y2="6" className="plan-line" />
          </svg>
          {t('projects.chart.plan')}
        </li>
        <li>
          <svg width="28" height="12" aria-hidden="true" focusable="false">
            <line x1="0" x2="28" y1="6" y2="6" className="actual-line" />
          </svg>
          {t('projects.chart.actual')}
        </li>
        <li>
          <svg width="28" height="12" aria-hidden="true" focusable="false">
            <rect width="28" height="12" className="band-behind" />
          </svg>
          {t('projects.chart.behind')}
        </li>
        <li>
          <svg width="28" height="12" aria-hidden="true" focusable="false">
            <rect width="28" height="12" className="band-ahead" />
          </svg>
          {t('projects.chart.ahead')}
        </li>
        <li>
          <svg width="28" height="14" aria-hidden="true" focusable="false">
            <circle cx="14" cy="7" r="5.5" className="point-kritis" />
          </svg>
          {t('projects.chart.kritisWeek')}
        </li>
      </ul>
      <p className="field-hint">
        <a href={`#${tableId}`}>{t('projects.chart.tableLink')}</a>
      </p>
    </figure>
  );
}
