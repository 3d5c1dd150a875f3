import type { BoqItem } from '../api/types';

export interface BoqDivision {
  code: string;
  items: BoqItem[];
  totalIdr: number;
  weightPct: number;
}

/** The RAB's items by division (I, II, …), in file order, with each division's total and weight. */
export function boqDivisions(items: readonly BoqItem[]): BoqDivision[] {
  const out: BoqDivision[] = [];
  for (const item of items) {
    let division = out.at(-1);
    if (!division || division.code !== item.division) {
      division = { code: item.division, items: [], totalIdr: 0, weightPct: 0 };
      out.push(division);
    }
    division.items.push(item);
    division.totalIdr += item.totalIdr;
    division.weightPct += item.weightPct;
  }
  return out;
}
