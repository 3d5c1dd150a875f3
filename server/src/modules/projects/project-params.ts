import type { DbOrTx } from '../../db/client.js';
import { AppError } from '../../lib/app-error.js';
import type { Lang } from '../../lib/lang.js';
import { parametersInForce } from '../reference/reference.repository.js';
import {
  type DakTrancheParams,
  dakTrancheParamsFrom,
  type KontrakKritisParams,
  kontrakKritisParamsFrom,
  type PenaltyParams,
  ProjectRuleError,
  penaltyParamsFrom,
} from './rules/index.js';

export interface ProjectParams {
  kritis: KontrakKritisParams;
  penalty: PenaltyParams;
  dak: DakTrancheParams;
}

/** The construction and DAK rules' numbers as in force on a date, each with its legal source. */
export async function loadProjectParams(db: DbOrTx, onDate: string): Promise<ProjectParams> {
  const rows = await parametersInForce(db, onDate);
  const lookup = (key: string) => {
    const row = rows.find((r) => r.key === key);
    return row ? { value: Number(row.value), legalSource: row.legalSource } : undefined;
  };
  return {
    kritis: kontrakKritisParamsFrom(lookup),
    penalty: penaltyParamsFrom(lookup),
    dak: dakTrancheParamsFrom(lookup),
  };
}

/** A rule refusing its input becomes a 400 in the user's language (its explanation says why). */
export function asAppError(err: unknown, lang: Lang): unknown {
  if (err instanceof ProjectRuleError)
    return new AppError('PROJECT_RULE', { message: err.explanation[lang] }, `${err.code}`);
  return err;
}
