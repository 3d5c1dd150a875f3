import { z } from 'zod';
import {
  ADDENDUM_KINDS,
  CONTRACT_STATUSES,
  DOCUMENT_KINDS,
  PENALTY_BASES,
  SCM_OUTCOMES,
} from './projects.tables.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const optText = (max: number) => z.string().trim().max(max).nullish();
const rupiah = z.number().positive().max(1e15).describe('Rupiah, tanpa pemisah ribuan');
const percent = z.number().min(0, 'pct_range').max(100, 'pct_range');
const bilingual = z.object({ id: z.string(), en: z.string() });

const contractShape = {
  packageName: text(300).describe('Nama paket pekerjaan'),
  funding: text(200).describe('Sumber dana, mis. DAK Fisik bidang IKM TA 2023'),
  fiscalYear: z.number().int().min(2000).max(2100),
  allocationIdr: rupiah.describe('Pagu'),
  contractValueIdr: rupiah,
  taxPct: z.number().min(0).max(20).default(0).describe('PPN yang termasuk nilai kontrak, mis. 11'),
  contractor: text(200),
  supervisor: optText(200).describe('Konsultan pengawas'),
  ppkName: optText(200),
  contractNumber: text(100),
  contractDate: z.iso.date(),
  spmkDate: z.iso.date().describe('Tanggal SPMK (mulai kerja)'),
  endDate: z.iso.date().describe('Tanggal akhir kontrak'),
  maintenanceDays: z.number().int().min(0).max(3650).default(180),
  penaltyBase: z.enum(PENALTY_BASES).default('nilai_kontrak'),
  notes: optText(4000),
};
export const ZContractRequestSchema = z.strictObject(contractShape).meta({ id: 'ContractRequest' });
export type TContractRequest = z.infer<typeof ZContractRequestSchema>;
export const ZUpdateContractRequestSchema = z
  .strictObject({
    ...contractShape,
    taxPct: z.number().min(0).max(20),
    maintenanceDays: z.number().int().min(0).max(3650),
    penaltyBase: z.enum(PENALTY_BASES),
    phoDate: z.iso.date().nullish(),
    fhoDate: z.iso.date().nullish(),
    status: z.enum(CONTRACT_STATUSES),
    terminatedOn: z.iso.date().nullish(),
  })
  .partial()
  .meta({ id: 'UpdateContractRequest' });
export type TUpdateContractRequest = z.infer<typeof ZUpdateContractRequestSchema>;

export const ZAddendumRequestSchema = z
  .strictObject({
    number: text(100),
    signedOn: z.iso.date(),
    kind: z.enum(ADDENDUM_KINDS),
    extraDays: z.number().int().min(0).max(365).default(0),
    newValueIdr: rupiah.nullish(),
    reason: text(2000),
  })
  .meta({ id: 'AddendumRequest' });

export const ZScmRequestSchema = z
  .strictObject({
    stage: z.number().int().min(1).max(3),
    heldOn: z.iso.date(),
    targetPct: percent.describe('Target uji coba (test case): progres kumulatif yang disepakati'),
    deadline: z.iso.date().describe('Batas waktu uji coba, disepakati dalam SCM'),
    minutesNumber: optText(100).describe('Nomor Berita Acara SCM'),
    notes: optText(2000),
  })
  .meta({ id: 'ScmRequest' });
export const ZScmOutcomeSchema = z
  .strictObject({ outcome: z.enum(SCM_OUTCOMES), notes: optText(2000) })
  .meta({ id: 'ScmOutcome' });

export const ZWarningLetterRequestSchema = z
  .strictObject({
    level: z.number().int().min(1).max(3),
    number: text(100),
    issuedOn: z.iso.date(),
    notes: optText(2000),
  })
  .meta({ id: 'WarningLetterRequest' });

export const ZPaymentRequestSchema = z
  .strictObject({
    term: text(100).describe('Uang muka, termin 1…'),
    sp2dNumber: text(100),
    paidOn: z.iso.date(),
    amountIdr: rupiah,
  })
  .meta({ id: 'PaymentRequest' });

export const ZDakTransferRequestSchema = z
  .strictObject({
    tranche: z.number().int().min(1).max(3),
    receivedOn: z.iso.date(),
    amountIdr: rupiah,
  })
  .meta({ id: 'DakTransferRequest' });

export const ZWeeklyReportRequestSchema = z
  .strictObject({
    week: z.number().int().min(1).max(200),
    actualCumPct: percent.nullish().describe('Progres kumulatif dari laporan pengawas (bila tidak per item)'),
    items: z
      .array(
        z.object({ itemId: z.uuid(), progressPct: percent.describe('Progres kumulatif item, % dari item') }),
      )
      .max(2000)
      .nullish(),
    notes: optText(4000),
  })
  .meta({ id: 'WeeklyReportRequest' });
export type TWeeklyReportRequest = z.infer<typeof ZWeeklyReportRequestSchema>;

export const ZContractParamsSchema = z.object({ id: z.uuid() });
export const ZContractChildParamsSchema = z.object({ id: z.uuid(), childId: z.uuid() });

export const ZContractSummarySchema = z
  .object({
    id: z.uuid(),
    packageName: z.string(),
    funding: z.string(),
    fiscalYear: z.number(),
    contractValueIdr: z.string(),
    contractor: z.string(),
    spmkDate: z.string(),
    endDate: z.string(),
    status: z.enum(CONTRACT_STATUSES),
    latestWeek: z.number().nullable(),
    latestActualCumPct: z.number().nullable(),
    latestPlanCumPct: z.number().nullable(),
    latestDeviation: z.number().nullable(),
    kritis: z.boolean(),
  })
  .meta({ id: 'ContractSummary' });

export const ZContractSchema = z
  .object({
    id: z.uuid(),
    centreId: z.uuid(),
    packageName: z.string(),
    funding: z.string(),
    fiscalYear: z.number(),
    allocationIdr: z.string(),
    contractValueIdr: z.string(),
    taxPct: z.number(),
    contractor: z.string(),
    supervisor: z.string().nullable(),
    ppkName: z.string().nullable(),
    contractNumber: z.string(),
    contractDate: z.string(),
    spmkDate: z.string(),
    endDate: z.string(),
    extendedEndDate: z.string().describe('Akhir kontrak setelah adendum waktu'),
    durationDays: z.number(),
    maintenanceDays: z.number(),
    penaltyBase: z.enum(PENALTY_BASES),
    phoDate: z.string().nullable(),
    fhoDate: z.string().nullable(),
    status: z.enum(CONTRACT_STATUSES),
    terminatedOn: z.string().nullable(),
    notes: z.string().nullable(),
    addenda: z.array(
      z.object({
        id: z.uuid(),
        number: z.string(),
        signedOn: z.string(),
        kind: z.enum(ADDENDUM_KINDS),
        extraDays: z.number(),
        newValueIdr: z.string().nullable(),
        reason: z.string(),
      }),
    ),
    scm: z.array(
      z.object({
        id: z.uuid(),
        stage: z.number(),
        heldOn: z.string(),
        week: z.number().nullable(),
        targetPct: z.number(),
        deadline: z.string(),
        minutesNumber: z.string().nullable(),
        outcome: z.enum(SCM_OUTCOMES).nullable(),
        notes: z.string().nullable(),
      }),
    ),
    warningLetters: z.array(
      z.object({
        id: z.uuid(),
        level: z.number(),
        number: z.string(),
        issuedOn: z.string(),
        notes: z.string().nullable(),
      }),
    ),
    payments: z.array(
      z.object({
        id: z.uuid(),
        term: z.string(),
        sp2dNumber: z.string(),
        paidOn: z.string(),
        amountIdr: z.string(),
      }),
    ),
    dakTransfers: z.array(
      z.object({ id: z.uuid(), tranche: z.number(), receivedOn: z.string(), amountIdr: z.string() }),
    ),
    documents: z.array(
      z.object({
        id: z.uuid(),
        kind: z.enum(DOCUMENT_KINDS),
        label: z.string(),
        fileId: z.uuid(),
        fileName: z.string(),
        sha256: z.string(),
        uploadedAt: z.string(),
      }),
    ),
    boqItemCount: z.number(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Contract' });
export type TContract = z.infer<typeof ZContractSchema>;

export const ZBoqItemSchema = z
  .object({
    id: z.uuid(),
    position: z.number(),
    division: z.string(),
    code: z.string(),
    name: z.string(),
    volume: z.number(),
    unit: z.string(),
    unitPriceIdr: z.number(),
    totalIdr: z.number(),
    weightPct: z.number(),
    weekShares: z.record(z.string(), z.number()),
  })
  .meta({ id: 'BoqItem' });

export const ZRuleProblemSchema = z
  .object({ code: z.string(), message: bilingual, row: z.number().nullable().optional() })
  .meta({ id: 'RuleProblem' });

export const ZBoqImportResultSchema = z
  .object({
    committed: z.boolean(),
    sheet: z.string(),
    weeks: z.number(),
    itemCount: z.number(),
    divisions: z.array(z.object({ code: z.string(), name: z.string(), total: z.number() })),
    boqTotalIdr: z.number(),
    sumWeightsPct: z.number(),
    planFinalCumPct: z.number(),
    problems: z.array(ZRuleProblemSchema),
  })
  .meta({ id: 'BoqImportResult' });

export const ZWeeklyReportSchema = z
  .object({
    id: z.uuid(),
    week: z.number(),
    periodStart: z.string(),
    periodEnd: z.string(),
    actualCumPct: z.number(),
    byItem: z.boolean(),
    items: z.array(z.object({ itemId: z.uuid(), progressPct: z.number() })),
    notes: z.string().nullable(),
    status: z.enum(['draft', 'approved']),
    approvedByLabel: z.string().nullable(),
    approvedAt: z.string().nullable(),
    photos: z.array(
      z.object({
        id: z.uuid(),
        itemId: z.uuid().nullable(),
        caption: z.string().nullable(),
        takenAt: z.string().nullable(),
        latitude: z.number().nullable(),
        longitude: z.number().nullable(),
        sha256: z.string(),
        thumbUrl: z.string(),
        url: z.string(),
        uploadedByLabel: z.string(),
        uploadedAt: z.string(),
      }),
    ),
  })
  .meta({ id: 'WeeklyReport' });
export type TWeeklyReport = z.infer<typeof ZWeeklyReportSchema>;

const ZEvaluationSchema = z.object({
  period: z.enum(['I', 'II']),
  kritis: z.boolean(),
  reason: z.string().nullable(),
  thresholdPoints: z.number(),
  explanation: bilingual,
  legalSource: z.string(),
});

export const ZProjectStatusSchema = z
  .object({
    asOf: z.string(),
    totalWeeks: z.number(),
    weeks: z.array(
      z.object({
        week: z.number(),
        startDate: z.string(),
        endDate: z.string(),
        planPct: z.number(),
        planCumPct: z.number(),
        actualCumPct: z.number().nullable(),
        deviation: z.number().nullable(),
        reportStatus: z.enum(['draft', 'approved']).nullable(),
        evaluation: ZEvaluationSchema.nullable(),
      }),
    ),
    latest: z
      .object({
        week: z.number(),
        planCumPct: z.number(),
        actualCumPct: z.number(),
        deviation: z.number(),
        evaluation: ZEvaluationSchema,
      })
      .nullable(),
    planProblems: z.array(ZRuleProblemSchema),
    forecast: z.object({
      status: z.string(),
      finishDate: z.string().nullable(),
      trendFinishDate: z.string().nullable(),
      earnedScheduleFinishDate: z.string().nullable(),
      spiT: z.number().nullable(),
      slipDaysVsContractEnd: z.number().nullable(),
      slipDaysVsFiscalYearEnd: z.number().nullable(),
      pastFiscalYearEnd: z.boolean(),
      penaltyExposureDays: z
        .number()
        .nullable()
        .describe('Hari terlambat yang diperkirakan (denda berjalan)'),
      penaltyExposureIdr: z.number().nullable().describe('Denda yang diperkirakan bila prakiraan benar'),
      explanation: bilingual,
    }),
    penalty: z.object({
      endDate: z.string(),
      daysLate: z.number(),
      perDayIdr: z.number(),
      uncappedIdr: z.number(),
      cappedIdr: z.number(),
      capReached: z.boolean(),
      kesempatanDays: z.number(),
      kesempatanExceedsMax: z.boolean(),
      explanation: bilingual,
      legalSource: z.string(),
    }),
    escalation: z.object({
      nextStep: z.enum(['none', 'scm', 'warning_letter', 'termination_possible']),
      nextScmStage: z.number().nullable(),
      explanation: bilingual,
    }),
    money: z.object({
      contractValueIdr: z.number(),
      paidIdr: z.number(),
      financialPct: z.number(),
      physicalPct: z.number(),
    }),
    dak: z.object({
      tahap2: z.object({
        eligible: z.boolean(),
        amountIdr: z.number(),
        ndkPct: z.number(),
        explanation: bilingual,
        legalSource: z.string(),
      }),
      tahap3: z.object({
        ready: z.boolean(),
        items: z.array(
          z.object({
            item: z.string(),
            met: z.boolean(),
            explanation: bilingual,
            legalSource: z.string().nullable(),
          }),
        ),
        explanation: bilingual,
      }),
      lrpdCo: z.object({
        allocationIdr: z.number(),
        contractValueIdr: z.number(),
        fundsReceivedIdr: z.number(),
        fundsAbsorbedIdr: z.number(),
        absorptionPct: z.number().nullable(),
        physicalOutputPct: z.number(),
        explanation: bilingual,
      }),
    }),
  })
  .meta({ id: 'ProjectStatus' });
export type TProjectStatus = z.infer<typeof ZProjectStatusSchema>;
