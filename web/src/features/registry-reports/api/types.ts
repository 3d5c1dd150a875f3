import type { paths } from '../../../api/generated/schema';

/* Types read off the generated paths (the JSON variant of each report). */
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

type SiinasPath = paths['/api/registry/reports/siinas']['get'];
type SummaryPath = paths['/api/registry/reports/summary']['get'];

export type SiinasReport = Json<SiinasPath['responses'][200]>;
export type SiinasQuery = SiinasPath['parameters']['query'];
export type SiinasRow = SiinasReport['rows'][number];
export type SiinasMissing = SiinasReport['missing'][number];
export type SiinasColumn = SiinasReport['columns'][number];

export type CentreSummary = Json<SummaryPath['responses'][200]>;
export type SummaryQuery = NonNullable<SummaryPath['parameters']['query']>;
export type TracedFigure = CentreSummary['figures'][number];
export type FigureGroup = TracedFigure['group'];

export interface Period {
  year: number;
  semester: 1 | 2;
}
