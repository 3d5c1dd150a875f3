/**
 * The pure computational core of construction monitoring (issue 6: a DAK Fisik-funded building
 * contract monitored week by week): kurva S, kontrak kritis, late penalty, completion forecast,
 * DAK Fisik tranche readiness. No database, no HTTP: callers load the regulation parameters
 * (params.ts mappers) and the project's data, and store or show the results. Every result carries
 * a bilingual explanation (Indonesian first) and, for a regulated rule, its legal source.
 */
export {
  addDays,
  type Bilingual,
  daysBetween,
  ProgressOutOfRangeError,
  ProjectRuleError,
  type ProjectRuleErrorCode,
  round2,
  yearEndOf,
} from './common.js';
export {
  type LrpdCoInput,
  type LrpdCoSummary,
  lrpdCoSummary,
  type Tahap2Input,
  type Tahap2Result,
  type Tahap3ChecklistItem,
  type Tahap3Input,
  type Tahap3ItemKey,
  type Tahap3Result,
  tahap2Readiness,
  tahap3Readiness,
} from './dak-tranche.js';
export {
  type CompletionForecast,
  type EarnedScheduleForecast,
  type ForecastInput,
  type ForecastStatus,
  type ForecastWarning,
  forecastCompletion,
  type ProgressPoint,
  type TrendForecast,
} from './forecast.js';
export {
  evaluateWeek,
  type KritisReason,
  type WeekEvaluation,
  type WeekEvaluationInput,
} from './kontrak-kritis.js';
export {
  type DakTrancheParams,
  dakTrancheParamsFrom,
  type KontrakKritisParams,
  kontrakKritisParamsFrom,
  type PenaltyParams,
  PROJECT_PARAMETER_KEYS,
  penaltyParamsFrom,
  type RegulationLookup,
  type RegulationRow,
} from './params.js';
export {
  type LatePenaltyInput,
  type LatePenaltyResult,
  latePenalty,
  type PemberianKesempatanResult,
  type PenaltyBase,
  type RupiahFigure,
  type TimeExtension,
} from './penalty.js';
export {
  type ActualReport,
  type BoqItem,
  type BoqProblem,
  type BoqWeights,
  compareProgress,
  contractEndDate,
  type ItemSchedule,
  type PlannedSCurve,
  type PlannedSCurveInput,
  type ProgressDecrease,
  type ProgressRow,
  plannedSCurve,
  type SCurveRow,
  type ScheduleProblem,
  type SumToleranceOption,
  type WeekCalendar,
  type WeekOfResult,
  type WeekRange,
  type WeightedBoqItem,
  weekCalendar,
  weighBoq,
} from './s-curve.js';
