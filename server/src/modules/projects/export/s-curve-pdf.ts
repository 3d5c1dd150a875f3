import type PDFDocument from 'pdfkit';

/** A pdfkit document (the module's export is typed as the instance). */
export type Doc = typeof PDFDocument;
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SCurvePoint {
  week: number;
  planCumPct: number;
  /** Null when the week has no report (or lies after the week reported on). */
  actualCumPct: number | null;
  kritis: boolean;
}

export interface SCurveData {
  /** Every week of the contract calendar, in order. */
  weeks: SCurvePoint[];
  /** The week reported on: actuals are drawn up to it, and a dashed line marks it. */
  upToWeek: number;
}

export const CHART_COLORS = {
  plan: '#1d4ed8',
  actual: '#047857',
  band: '#dc2626',
  kritis: '#b91c1c',
  grid: '#d4d8e0',
  axis: '#1f2937',
  text: '#374151',
} as const;

export const CHART_LABELS = {
  plan: 'Rencana kumulatif',
  actual: 'Realisasi kumulatif',
  band: 'Deviasi (selisih)',
  kritis: 'Minggu kritis',
  xAxis: 'Minggu ke-',
  yAxis: 'Progres kumulatif (%)',
} as const;

/** The week step of the x-axis labels: the smallest of 1, 2, 5, 10… giving at most `max` labels. */
export function tickStep(totalWeeks: number, max = 20): number {
  return (
    [1, 2, 5, 10, 20, 25, 50, 100].find((s) => Math.ceil(totalWeeks / s) <= max) ??
    Math.ceil(totalWeeks / max)
  );
}

/**
 * Draws the S-curve as vectors in `box`: gridlines every 10 % and every few weeks, the axes with
 * their labels, the plan line over the whole contract (from 0 % at week 0), the actual line up to
 * the week reported on, the band between the two shaded, a triangle under each kritis week, a
 * dashed line at the week reported on, and the legend on top. Colour and width are set before
 * each path is built, so no state change sits inside a path.
 */
export function drawSCurve(doc: Doc, box: Box, data: SCurveData): void {
  const totalWeeks = Math.max(1, data.weeks.length);
  const legendH = 18;
  const left = box.x + 40;
  const right = box.x + box.width - 8;
  const top = box.y + legendH + 8;
  const bottom = box.y + box.height - 30;
  const xOf = (week: number) => left + ((right - left) * week) / totalWeeks;
  const yOf = (pct: number) => bottom - ((bottom - top) * Math.min(100, Math.max(0, pct))) / 100;

  doc.save();
  doc.lineCap('butt').lineJoin('round');

  // Gridlines and tick labels.
  doc.font('Helvetica').fontSize(7).fillColor(CHART_COLORS.text);
  for (let pct = 0; pct <= 100; pct += 10) {
    const y = yOf(pct);
    if (pct > 0)
      polyline(
        doc,
        [
          [left, y],
          [right, y],
        ],
        CHART_COLORS.grid,
        0.4,
      );
    doc.text(String(pct), box.x + 14, y - 3, { width: 22, align: 'right', lineBreak: false });
  }
  const step = tickStep(totalWeeks);
  for (let week = 0; week <= totalWeeks; week += step) {
    const x = xOf(week);
    if (week > 0)
      polyline(
        doc,
        [
          [x, top],
          [x, bottom],
        ],
        CHART_COLORS.grid,
        0.4,
      );
    doc.text(String(week), x - 10, bottom + 4, { width: 20, align: 'center', lineBreak: false });
  }

  const planPts: Pt[] = [[xOf(0), yOf(0)], ...data.weeks.map((w): Pt => [xOf(w.week), yOf(w.planCumPct)])];
  const reported = data.weeks.filter((w) => w.week <= data.upToWeek && w.actualCumPct !== null);
  const actualPts: Pt[] = [
    [xOf(0), yOf(0)],
    ...reported.map((w): Pt => [xOf(w.week), yOf(w.actualCumPct ?? 0)]),
  ];

  // The deviation band: along the actual line, then back along the plan to week 0.
  const lastActualWeek = reported.at(-1)?.week;
  if (lastActualWeek !== undefined) {
    const planBack = planPts.slice(0, lastActualWeek + 1).reverse();
    doc.fillColor(CHART_COLORS.band).fillOpacity(0.2);
    doc.polygon(...actualPts, ...planBack).fill();
    doc.fillOpacity(1);
  }

  // Axes over the band.
  polyline(
    doc,
    [
      [left, top],
      [left, bottom],
      [right, bottom],
    ],
    CHART_COLORS.axis,
    0.8,
  );
  doc.font('Helvetica').fontSize(8).fillColor(CHART_COLORS.axis);
  doc.text(CHART_LABELS.xAxis, left, bottom + 16, { width: right - left, align: 'center', lineBreak: false });
  const yLabelX = box.x + 2;
  const yLabelY = (top + bottom) / 2 + 45;
  doc.save();
  doc.rotate(-90, { origin: [yLabelX, yLabelY] });
  doc.text(CHART_LABELS.yAxis, yLabelX, yLabelY, { width: 90, align: 'center', lineBreak: false });
  doc.restore();

  // The week reported on.
  const xNow = xOf(data.upToWeek);
  doc.dash(3, { space: 2 });
  polyline(
    doc,
    [
      [xNow, top],
      [xNow, bottom],
    ],
    CHART_COLORS.axis,
    0.7,
  );
  doc.undash();
  doc.fontSize(7).fillColor(CHART_COLORS.axis);
  const labelW = 60;
  const labelX = Math.min(right - labelW, Math.max(left, xNow - labelW / 2));
  doc.text(`Minggu ke-${data.upToWeek}`, labelX, top - 9, {
    width: labelW,
    align: 'center',
    lineBreak: false,
  });

  polyline(doc, planPts, CHART_COLORS.plan, 1.6);
  polyline(doc, actualPts, CHART_COLORS.actual, 1.8);
  doc.fillColor(CHART_COLORS.actual);
  for (const [x, y] of actualPts.slice(1)) doc.circle(x, y, 1.8).fill();
  for (const w of reported.filter((r) => r.kritis))
    triangle(doc, xOf(w.week), yOf(w.actualCumPct ?? 0) + 7, 4);

  drawLegend(doc, box.x + 40, box.y + 2);
  doc.restore();
}

type Pt = [number, number];

/** One stroked path through the points (a single segment for a gridline). */
function polyline(doc: Doc, pts: Pt[], color: string, width: number) {
  const [first, ...rest] = pts;
  if (!first || rest.length === 0) return;
  doc.lineWidth(width).strokeColor(color);
  doc.moveTo(first[0], first[1]);
  for (const [x, y] of rest) doc.lineTo(x, y);
  doc.stroke();
}

/** An upward triangle centred on (x, y), pointing at the kritis point just above it. */
function triangle(doc: Doc, x: number, y: number, r: number) {
  doc.fillColor(CHART_COLORS.kritis);
  doc.polygon([x, y - r], [x + r, y + r * 0.8], [x - r, y + r * 0.8]).fill();
}

function drawLegend(doc: Doc, x: number, y: number) {
  doc.font('Helvetica').fontSize(8);
  let cx = x;
  const label = (text: string) => {
    doc.fillColor(CHART_COLORS.text).text(text, cx, y + 1, { lineBreak: false });
    cx += doc.widthOfString(text) + 16;
  };
  polyline(
    doc,
    [
      [cx, y + 5],
      [cx + 18, y + 5],
    ],
    CHART_COLORS.plan,
    1.6,
  );
  cx += 22;
  label(CHART_LABELS.plan);
  polyline(
    doc,
    [
      [cx, y + 5],
      [cx + 18, y + 5],
    ],
    CHART_COLORS.actual,
    1.8,
  );
  cx += 22;
  label(CHART_LABELS.actual);
  doc.fillColor(CHART_COLORS.band).fillOpacity(0.2);
  doc.rect(cx, y + 1, 14, 8).fill();
  doc.fillOpacity(1);
  cx += 18;
  label(CHART_LABELS.band);
  triangle(doc, cx + 4, y + 5, 4);
  cx += 12;
  label(CHART_LABELS.kritis);
}
