import type { DbOrTx } from '../../db/client.js';
import { parametersInForce } from './reference.repository.js';

export interface RegulationValue {
  key: string;
  value: number;
  unit: string;
  legalSource: string;
  validFrom: string;
}

/**
 * A regulation number as it stood on a date, with its legal source, for modules that apply a
 * rule and must cite it (kontrak kritis, penalties, protection terms).
 */
export async function regulationParameter(db: DbOrTx, key: string, onDate: string): Promise<RegulationValue> {
  const all = await parametersInForce(db, onDate);
  const row = all.find((p) => p.key === key);
  if (!row) throw new Error(`regulation parameter ${key} not in force on ${onDate}`);
  return {
    key,
    value: Number(row.value),
    unit: row.unit,
    legalSource: row.legalSource,
    validFrom: row.validFrom,
  };
}
