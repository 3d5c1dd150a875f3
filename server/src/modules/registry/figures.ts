import { SIINAS_FIELDS, type TSiinasFigures } from './registry.schemas.js';

const TEXT_FIELDS = new Set(['capacityUnit', 'rawMaterialNote', 'machinesNote']);
const INT_FIELDS = new Set(['workersMale', 'workersFemale', 'machinesCount']);

/** The SIINas figures of a business or report row, decimals as numbers. */
export function figuresOf(row: Record<string, unknown>): TSiinasFigures {
  const out: Record<string, unknown> = {};
  for (const f of SIINAS_FIELDS) {
    const v = row[f];
    out[f] = v === null || v === undefined ? null : TEXT_FIELDS.has(f) || INT_FIELDS.has(f) ? v : Number(v);
  }
  return out as TSiinasFigures;
}

/** The given figures as column values (decimals as exact strings); absent fields are left out. */
export function figureColumns(input: Partial<TSiinasFigures>): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const f of SIINAS_FIELDS) {
    if (!(f in input)) continue;
    const v = input[f];
    out[f] = v === null || v === undefined ? null : TEXT_FIELDS.has(f) || INT_FIELDS.has(f) ? v : String(v);
  }
  return out;
}

export const workersTotal = (f: Pick<TSiinasFigures, 'workersMale' | 'workersFemale'>) =>
  f.workersMale == null && f.workersFemale == null ? null : (f.workersMale ?? 0) + (f.workersFemale ?? 0);
