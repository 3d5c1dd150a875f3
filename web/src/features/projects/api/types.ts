import type { paths } from '../../../api/generated/schema';

/*
 * Construction monitoring types read off the generated paths (see web/src/api/types.ts for why),
 * so that regenerating the client keeps them stable.
 */
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Body<T> = T extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

type ListPath = paths['/api/projects'];
type DetailPath = paths['/api/projects/{id}'];
type ReportsPath = paths['/api/projects/{id}/reports'];

export type ContractSummary = Json<ListPath['get']['responses'][200]>[number];
export type Contract = Json<DetailPath['get']['responses'][200]>;
export type ContractBody = Body<ListPath['post']>;
export type UpdateContractBody = Body<DetailPath['patch']>;
export type ContractStatus = Contract['status'];
export type PenaltyBase = Contract['penaltyBase'];
export type Addendum = Contract['addenda'][number];
export type AddendumKind = Addendum['kind'];
export type Scm = Contract['scm'][number];
export type ScmOutcome = NonNullable<Scm['outcome']>;
export type WarningLetter = Contract['warningLetters'][number];
export type Payment = Contract['payments'][number];
export type DakTransfer = Contract['dakTransfers'][number];

export type ProjectStatus = Json<paths['/api/projects/{id}/status']['get']['responses'][200]>;
export type StatusWeek = ProjectStatus['weeks'][number];
export type WeekEvaluation = NonNullable<StatusWeek['evaluation']>;
export type EscalationStep = ProjectStatus['escalation']['nextStep'];
export type Tahap3Item = ProjectStatus['dak']['tahap3']['items'][number];
export type Bilingual = WeekEvaluation['explanation'];
export type RuleProblem = ProjectStatus['planProblems'][number];

export type BoqItem = Json<paths['/api/projects/{id}/boq']['get']['responses'][200]>[number];
export type BoqImportResult = Json<paths['/api/projects/{id}/boq/import']['post']['responses'][200]>;

export type WeeklyReport = Json<ReportsPath['get']['responses'][200]>[number];
export type WeeklyReportBody = Body<ReportsPath['post']>;
export type ReportPhoto = WeeklyReport['photos'][number];

export type AddendumBody = Body<paths['/api/projects/{id}/addenda']['post']>;
export type ScmBody = Body<paths['/api/projects/{id}/scm']['post']>;
export type ScmOutcomeBody = Body<paths['/api/projects/{id}/scm/{childId}/outcome']['post']>;
export type WarningLetterBody = Body<paths['/api/projects/{id}/warning-letters']['post']>;
export type PaymentBody = Body<paths['/api/projects/{id}/payments']['post']>;
export type DakTransferBody = Body<paths['/api/projects/{id}/dak-transfers']['post']>;
