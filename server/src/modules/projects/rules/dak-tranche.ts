/**
 * DAK Fisik tranche readiness (DOMAIN.md §2.1 [V]).
 * - Tahap II (2023 rule, PMK 198/PMK.07/2021 as amended by PMK 14/PMK.07/2023, applied in the KPPN
 *   Kupang letter of 7 Jun 2023): Nilai Daftar Kontrak (NDK) above 70 % of the allocation → 45 %
 *   of the allocation; NDK above 25 % and at most 70 % → NDK minus tahap I; otherwise not yet.
 * - Tahap III (2021 rule, KPPN letter s-305-wpb18-kp02-2021): the LRPD-CO shows at least 90 %
 *   absorption of the funds received in the RKUD and at least 70 % output, with photos, and the
 *   inspektorat's Laporan Hasil Reviu. Other tahap III documents (Laporan Nilai Rencana
 *   Penyelesaian Kegiatan, rekap SP2D, laporan sisa DAK) are not checked here.
 * The numbers come in as DakTrancheParams (regulation_parameter `dak.*`).
 *
 * Boundaries: "above 70 %" is strict (exactly 70 % is the NDK − tahap I band), "above 25 %" is
 * strict, "at least 90 % / 70 %" are inclusive. Money comparisons are exact (whole rupiah, BigInt);
 * the tahap II amount is rounded half up to the rupiah, with the exact decimal alongside.
 */
import {
  assertProgress,
  assertRupiah,
  type Bilingual,
  comparePct,
  comparePctOfRatio,
  fmtNum,
  fmtRp,
  nanoToDecimal,
  nanoToRupiah,
  ProjectRuleError,
  pctOfRupiah,
} from './common.js';
import type { DakTrancheParams } from './params.js';

// ---------------------------------------------------------------------------------------------
// Tahap II

export interface Tahap2Input {
  /** Pagu alokasi DAK Fisik, whole rupiah. */
  allocation: number;
  /** Nilai Daftar Kontrak, whole rupiah. */
  ndk: number;
  /** Tahap I already received, whole rupiah. */
  tahap1Received: number;
}

export interface Tahap2Result {
  /** NDK ÷ allocation × 100, full precision. */
  ndkPct: number;
  band: 'above_threshold' | 'between_thresholds' | 'below_lower_threshold';
  eligible: boolean;
  /** Whole rupiah (0 when not eligible). */
  amount: number;
  amountExact: string;
  explanation: Bilingual;
  legalSource: string;
}

export function tahap2Readiness(input: Tahap2Input, params: DakTrancheParams): Tahap2Result {
  const { allocation, ndk, tahap1Received } = input;
  assertRupiah('allocation', allocation, { positive: true });
  assertRupiah('ndk', ndk);
  assertRupiah('tahap1Received', tahap1Received);
  const ndkPct = (ndk / allocation) * 100;
  const upper = params.tahap2NdkThresholdPct;
  const lower = params.tahap2NdkLowerThresholdPct;
  const share = params.tahap2DisbursementPctOfAllocation;
  const ndkText: Bilingual = {
    id: `NDK ${fmtRp(ndk, 'id')} = ${fmtNum(ndkPct, 'id')}% dari pagu ${fmtRp(allocation, 'id')}`,
    en: `NDK ${fmtRp(ndk, 'en')} = ${fmtNum(ndkPct, 'en')}% of the allocation ${fmtRp(allocation, 'en')}`,
  };

  if (comparePctOfRatio(ndk, allocation, upper, 'tahap2NdkThresholdPct') > 0) {
    const nano = pctOfRupiah(allocation, share, 'tahap2DisbursementPctOfAllocation');
    const amount = nanoToRupiah(nano);
    return {
      ndkPct,
      band: 'above_threshold',
      eligible: true,
      amount,
      amountExact: nanoToDecimal(nano),
      explanation: {
        id: `${ndkText.id}, di atas ${fmtNum(upper, 'id')}% → tahap II = ${fmtNum(share, 'id')}% × pagu = ${fmtRp(amount, 'id')}.`,
        en: `${ndkText.en}, above ${fmtNum(upper, 'en')}% → tahap II = ${fmtNum(share, 'en')}% × allocation = ${fmtRp(amount, 'en')}.`,
      },
      legalSource: params.sources.tahap2Disbursement,
    };
  }
  if (comparePctOfRatio(ndk, allocation, lower, 'tahap2NdkLowerThresholdPct') > 0) {
    const amount = Math.max(0, ndk - tahap1Received);
    return {
      ndkPct,
      band: 'between_thresholds',
      eligible: amount > 0,
      amount,
      amountExact: String(amount),
      explanation: {
        id:
          `${ndkText.id}, di atas ${fmtNum(lower, 'id')}% dan paling tinggi ${fmtNum(upper, 'id')}% → tahap II = NDK − tahap I = ` +
          `${fmtRp(ndk, 'id')} − ${fmtRp(tahap1Received, 'id')} = ${fmtRp(amount, 'id')}` +
          (amount > 0 ? '.' : ': tidak ada yang dapat disalurkan.'),
        en:
          `${ndkText.en}, above ${fmtNum(lower, 'en')}% and at most ${fmtNum(upper, 'en')}% → tahap II = NDK − tahap I = ` +
          `${fmtRp(ndk, 'en')} − ${fmtRp(tahap1Received, 'en')} = ${fmtRp(amount, 'en')}` +
          (amount > 0 ? '.' : ': nothing to disburse.'),
      },
      legalSource: params.sources.tahap2NdkLowerThreshold,
    };
  }
  return {
    ndkPct,
    band: 'below_lower_threshold',
    eligible: false,
    amount: 0,
    amountExact: '0',
    explanation: {
      id: `${ndkText.id}, tidak lebih dari ${fmtNum(lower, 'id')}% → belum memenuhi syarat tahap II.`,
      en: `${ndkText.en}, not above ${fmtNum(lower, 'en')}% → not yet eligible for tahap II.`,
    },
    legalSource: params.sources.tahap2NdkLowerThreshold,
  };
}

// ---------------------------------------------------------------------------------------------
// LRPD-CO summary and tahap III

export interface LrpdCoInput {
  /** Pagu alokasi, whole rupiah. */
  allocation: number;
  /** Nilai kontrak, whole rupiah. */
  contractValue: number;
  /** Funds received in the RKUD (tahap I + II …), whole rupiah. */
  fundsReceived: number;
  /** Payments made (SP2D amounts), whole rupiah each. */
  payments: readonly number[];
  /** Capaian output: physical progress, 0–100. */
  physicalOutputPct: number;
}

/** Laporan Realisasi Penyerapan Dana dan Capaian Output, in summary. */
export interface LrpdCoSummary {
  allocation: number;
  contractValue: number;
  fundsReceived: number;
  /** Sum of payments. */
  fundsAbsorbed: number;
  /** fundsAbsorbed ÷ fundsReceived × 100; null when nothing was received. */
  absorptionPct: number | null;
  /** fundsReceived − fundsAbsorbed (negative means more was paid than received). */
  unabsorbed: number;
  physicalOutputPct: number;
  explanation: Bilingual;
}

export function lrpdCoSummary(input: LrpdCoInput): LrpdCoSummary {
  assertRupiah('allocation', input.allocation);
  assertRupiah('contractValue', input.contractValue);
  assertRupiah('fundsReceived', input.fundsReceived);
  input.payments.forEach((p, i) => {
    assertRupiah(`payments[${i}]`, p);
  });
  assertProgress('physicalOutputPct', input.physicalOutputPct);
  const absorbedBig = input.payments.reduce((s, p) => s + BigInt(p), 0n);
  if (absorbedBig > BigInt(Number.MAX_SAFE_INTEGER))
    throw new ProjectRuleError('invalid_amount', {
      id: 'Jumlah pembayaran melebihi batas angka yang aman.',
      en: 'The sum of payments exceeds the safe number range.',
    });
  const fundsAbsorbed = Number(absorbedBig);
  const absorptionPct = input.fundsReceived === 0 ? null : (fundsAbsorbed / input.fundsReceived) * 100;
  const absorption = (lang: 'id' | 'en') =>
    absorptionPct === null ? '–' : `${fmtNum(absorptionPct, lang)}%`;
  return {
    allocation: input.allocation,
    contractValue: input.contractValue,
    fundsReceived: input.fundsReceived,
    fundsAbsorbed,
    absorptionPct,
    unabsorbed: input.fundsReceived - fundsAbsorbed,
    physicalOutputPct: input.physicalOutputPct,
    explanation: {
      id:
        `Pagu ${fmtRp(input.allocation, 'id')}; nilai kontrak ${fmtRp(input.contractValue, 'id')}; dana diterima di RKUD ${fmtRp(input.fundsReceived, 'id')}; ` +
        `terserap (jumlah ${input.payments.length} pembayaran) ${fmtRp(fundsAbsorbed, 'id')} = ${absorption('id')}; capaian output fisik ${fmtNum(input.physicalOutputPct, 'id')}%.`,
      en:
        `Allocation ${fmtRp(input.allocation, 'en')}; contract value ${fmtRp(input.contractValue, 'en')}; funds received in the RKUD ${fmtRp(input.fundsReceived, 'en')}; ` +
        `absorbed (${input.payments.length} payments) ${fmtRp(fundsAbsorbed, 'en')} = ${absorption('en')}; physical output ${fmtNum(input.physicalOutputPct, 'en')}%.`,
    },
  };
}

export interface Tahap3Input extends LrpdCoInput {
  /** Progress photos attached to the report. */
  photoCount: number;
  /** The inspektorat daerah's Laporan Hasil Reviu is present. */
  reviuReportPresent: boolean;
}

export type Tahap3ItemKey = 'absorption' | 'output' | 'photos' | 'reviu_report';

export interface Tahap3ChecklistItem {
  item: Tahap3ItemKey;
  met: boolean;
  /** The figure checked: a percentage, a count, or a yes/no. */
  figure: number | boolean | null;
  /** The requirement: the minimum percent, 1 photo, or true. */
  required: number | boolean;
  explanation: Bilingual;
  legalSource: string;
}

export interface Tahap3Result {
  ready: boolean;
  items: Tahap3ChecklistItem[];
  summary: LrpdCoSummary;
  explanation: Bilingual;
}

export function tahap3Readiness(input: Tahap3Input, params: DakTrancheParams): Tahap3Result {
  const summary = lrpdCoSummary(input);
  if (!Number.isInteger(input.photoCount) || input.photoCount < 0)
    throw new ProjectRuleError('invalid_input', {
      id: `photoCount = ${input.photoCount}: jumlah foto harus bilangan bulat tidak negatif.`,
      en: `photoCount = ${input.photoCount}: the number of photos must be a non-negative whole number.`,
    });
  const minAbs = params.tahap3MinAbsorptionPct;
  const minOut = params.tahap3MinOutputPct;
  const docsSource = params.sources.tahap3MinAbsorption;

  const absorptionMet =
    input.fundsReceived > 0 &&
    comparePctOfRatio(summary.fundsAbsorbed, input.fundsReceived, minAbs, 'tahap3MinAbsorptionPct') >= 0;
  const outputMet = comparePct(input.physicalOutputPct, minOut) >= 0;
  const photosMet = input.photoCount > 0;

  const items: Tahap3ChecklistItem[] = [
    {
      item: 'absorption',
      met: absorptionMet,
      figure: summary.absorptionPct,
      required: minAbs,
      explanation:
        summary.absorptionPct === null
          ? {
              id: `Belum ada dana diterima di RKUD: penyerapan tidak dapat dihitung (syarat ≥ ${fmtNum(minAbs, 'id')}%).`,
              en: `No funds received in the RKUD yet: absorption cannot be computed (requirement ≥ ${fmtNum(minAbs, 'en')}%).`,
            }
          : {
              id: `Penyerapan ${fmtRp(summary.fundsAbsorbed, 'id')} ÷ ${fmtRp(input.fundsReceived, 'id')} = ${fmtNum(summary.absorptionPct, 'id')}%; syarat ≥ ${fmtNum(minAbs, 'id')}% dana yang diterima di RKUD: ${absorptionMet ? 'terpenuhi' : 'BELUM terpenuhi'}.`,
              en: `Absorption ${fmtRp(summary.fundsAbsorbed, 'en')} ÷ ${fmtRp(input.fundsReceived, 'en')} = ${fmtNum(summary.absorptionPct, 'en')}%; required ≥ ${fmtNum(minAbs, 'en')}% of the funds received in the RKUD: ${absorptionMet ? 'met' : 'NOT met'}.`,
            },
      legalSource: params.sources.tahap3MinAbsorption,
    },
    {
      item: 'output',
      met: outputMet,
      figure: input.physicalOutputPct,
      required: minOut,
      explanation: {
        id: `Capaian output ${fmtNum(input.physicalOutputPct, 'id')}%; syarat ≥ ${fmtNum(minOut, 'id')}%: ${outputMet ? 'terpenuhi' : 'BELUM terpenuhi'}.`,
        en: `Output ${fmtNum(input.physicalOutputPct, 'en')}%; required ≥ ${fmtNum(minOut, 'en')}%: ${outputMet ? 'met' : 'NOT met'}.`,
      },
      legalSource: params.sources.tahap3MinOutput,
    },
    {
      item: 'photos',
      met: photosMet,
      figure: input.photoCount,
      required: 1,
      explanation: {
        id: photosMet
          ? `${input.photoCount} foto capaian output terlampir.`
          : 'Belum ada foto capaian output: wajib dilampirkan bersama volume dan capaian output.',
        en: photosMet
          ? `${input.photoCount} output photos attached.`
          : 'No output photos yet: they must accompany the volume and output figures.',
      },
      legalSource: docsSource,
    },
    {
      item: 'reviu_report',
      met: input.reviuReportPresent,
      figure: input.reviuReportPresent,
      required: true,
      explanation: input.reviuReportPresent
        ? {
            id: 'Laporan Hasil Reviu inspektorat daerah ada.',
            en: "The inspektorat daerah's review report (Laporan Hasil Reviu) is present.",
          }
        : {
            id: 'Laporan Hasil Reviu inspektorat daerah belum ada.',
            en: "The inspektorat daerah's review report (Laporan Hasil Reviu) is missing.",
          },
      legalSource: docsSource,
    },
  ];
  const unmet = items.filter((i) => !i.met);
  return {
    ready: unmet.length === 0,
    items,
    summary,
    explanation:
      unmet.length === 0
        ? {
            id: 'Semua syarat tahap III yang diperiksa terpenuhi (dokumen lain seperti rekap SP2D dan laporan sisa DAK tidak diperiksa di sini).',
            en: 'Every tahap III condition checked here is met (other documents such as the SP2D recap and the remaining-DAK report are not checked here).',
          }
        : {
            id: `${unmet.length} syarat tahap III belum terpenuhi: ${unmet.map((i) => ITEM_NAMES[i.item].id).join(', ')}.`,
            en: `${unmet.length} tahap III condition(s) not met: ${unmet.map((i) => ITEM_NAMES[i.item].en).join(', ')}.`,
          },
  };
}

const ITEM_NAMES: Record<Tahap3ItemKey, Bilingual> = {
  absorption: { id: 'penyerapan dana', en: 'fund absorption' },
  output: { id: 'capaian output', en: 'output' },
  photos: { id: 'foto', en: 'photos' },
  reviu_report: { id: 'laporan hasil reviu', en: 'review report' },
};
