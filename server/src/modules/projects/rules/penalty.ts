/**
 * Denda keterlambatan (late penalty), pemberian kesempatan, and the usual 5 % cap.
 *
 * Rules (DOMAIN.md §1.4):
 * - Penalty: 1 ‰ of the contract value, or of the value of the part of the contract, per calendar
 *   day late — Perpres 16/2018 (amended by Perpres 12/2021 and 46/2025) [V].
 * - Pemberian kesempatan: up to 50 calendar days after the contract end, by adendum, the penalty
 *   running — Permen PUPR 14/2020 [V].
 * - Cap: 5 % of the contract value (50 × 1 ‰) — old Perka LKPP 14/2012 as cited by secondary
 *   sources [S]; reported, never silently applied: the uncapped figure is kept.
 * The numbers come in as PenaltyParams (regulation_parameter `projects.late_penalty_*`,
 * `projects.pemberian_kesempatan_max_days`).
 *
 * Counting: time-extension addenda (perpanjangan waktu, e.g. for a change order or kahar) move
 * the end date and carry no penalty; a pemberian kesempatan does not move it. Days late are
 * calendar days from the day after the (extended) end date up to and including the completion
 * (PHO) date, or `asOf` ("today") while the work is not complete: completion − end.
 *
 * Money: whole rupiah in; the products are exact (BigInt nano-rupiah) and rounded half up to the
 * rupiah for the `amount` fields, with the exact decimal alongside.
 */
import {
  assertRupiah,
  type Bilingual,
  dayNumber,
  fmtDate,
  fmtNum,
  fmtPlain,
  fmtRp,
  isoFromDay,
  micro,
  type Nano,
  nanoToDecimal,
  nanoToRupiah,
  ProjectRuleError,
  pctOfRupiah,
} from './common.js';
import type { PenaltyParams } from './params.js';

/** A time-extension addendum: either a number of days added or the new end date it sets. */
export type TimeExtension = { ref: string; days: number } | { ref: string; newEndDate: string };

export type PenaltyBase =
  | { kind: 'contract_value' }
  /** The value of the unfinished part of the contract, if the contract says so. */
  | { kind: 'unfinished_part'; unfinishedValue: number };

export interface LatePenaltyInput {
  /** Nilai kontrak, whole rupiah. */
  contractValue: number;
  /** End date in the original contract (inclusive). */
  originalEndDate: string;
  /** Time-extension addenda in order; each adds days to, or replaces, the current end date. */
  timeExtensions?: readonly TimeExtension[];
  /** Days of pemberian kesempatan granted after the (extended) end date; null if none. */
  pemberianKesempatanDays?: number | null;
  /** PHO / completion date; null while not complete. */
  completionDate: string | null;
  /** "Today" for a contract not yet complete. */
  asOf: string;
  base: PenaltyBase;
}

export interface RupiahFigure {
  /** Whole rupiah, rounded half up. */
  amount: number;
  /** Exact decimal rupiah. */
  exact: string;
}

export interface PemberianKesempatanResult {
  days: number;
  maxDays: number;
  exceedsMax: boolean;
  /** Last day of the kesempatan (end date + days). */
  endDate: string;
  /** Completed (or still working on asOf) within the kesempatan; false once past it. */
  withinKesempatan: boolean;
  explanation: Bilingual;
  legalSource: string;
}

export interface LatePenaltyResult {
  /** End date after the time-extension addenda. */
  endDate: string;
  /** endDate − originalEndDate, days (negative if an addendum shortened it). */
  extensionDays: number;
  completed: boolean;
  /** The completion date, or asOf while not complete. */
  countedUntil: string;
  /** The first day of delay (end date + 1), null when not late. */
  firstLateDay: string | null;
  daysLate: number;
  base: { kind: PenaltyBase['kind']; value: number };
  perDay: RupiahFigure;
  /** perDay × daysLate, before any cap. */
  uncapped: RupiahFigure;
  cap: {
    pct: number;
    amount: number;
    exact: string;
    /** The uncapped penalty is at or above the cap. */
    reached: boolean;
    /** Days late at which the cap is (or would be) reached; null with a zero rate or base. */
    daysToReach: number | null;
    explanation: Bilingual;
    legalSource: string;
  };
  /** min(uncapped, cap), for a caller that applies the cap. */
  capped: RupiahFigure;
  /** Same as cap.reached. */
  capReached: boolean;
  pemberianKesempatan: PemberianKesempatanResult | null;
  /** Days late beyond the longest pemberian kesempatan the rule allows. */
  lateBeyondKesempatanMax: boolean;
  explanation: Bilingual;
  /** Source of the penalty rate rule; the cap and the kesempatan carry their own. */
  legalSource: string;
}

const figure = (n: Nano): RupiahFigure => ({ amount: nanoToRupiah(n), exact: nanoToDecimal(n) });

export function latePenalty(input: LatePenaltyInput, params: PenaltyParams): LatePenaltyResult {
  assertRupiah('contractValue', input.contractValue, { positive: true });
  let end = dayNumber(input.originalEndDate, 'originalEndDate');
  const original = end;
  for (const ext of input.timeExtensions ?? []) {
    if ('newEndDate' in ext) end = dayNumber(ext.newEndDate, `timeExtensions[${ext.ref}].newEndDate`);
    else {
      if (!Number.isInteger(ext.days))
        throw new ProjectRuleError('invalid_input', {
          id: `Adendum ${ext.ref}: perpanjangan ${ext.days} hari bukan bilangan bulat.`,
          en: `Addendum ${ext.ref}: an extension of ${ext.days} days is not a whole number.`,
        });
      end += ext.days;
    }
  }
  const completed = input.completionDate !== null;
  const countedUntil = input.completionDate ?? input.asOf;
  const until = dayNumber(countedUntil, completed ? 'completionDate' : 'asOf');
  const daysLate = Math.max(0, until - end);

  const baseValue = input.base.kind === 'contract_value' ? input.contractValue : input.base.unfinishedValue;
  assertRupiah('base.unfinishedValue', baseValue);
  if (baseValue > input.contractValue)
    throw new ProjectRuleError('invalid_amount', {
      id: `Nilai bagian yang belum selesai (${fmtRp(baseValue, 'id')}) melebihi nilai kontrak (${fmtRp(input.contractValue, 'id')}).`,
      en: `The unfinished part (${fmtRp(baseValue, 'en')}) exceeds the contract value (${fmtRp(input.contractValue, 'en')}).`,
    });

  // base × (‰ · 10⁶) / 10⁹ rupiah per day = base × (‰ · 10⁶) nano-rupiah per day.
  const perDayNano = BigInt(baseValue) * micro(params.perMilPerDay, 'perMilPerDay');
  const uncappedNano = perDayNano * BigInt(daysLate);
  const capNano = pctOfRupiah(input.contractValue, params.capPct, 'capPct');
  const capReached = uncappedNano >= capNano;
  const cappedNano = capReached ? capNano : uncappedNano;
  const daysToReach = perDayNano === 0n ? null : Number((capNano + perDayNano - 1n) / perDayNano);

  const endDate = isoFromDay(end);
  let kesempatan: PemberianKesempatanResult | null = null;
  const maxDays = params.pemberianKesempatanMaxDays;
  if (input.pemberianKesempatanDays != null) {
    const days = input.pemberianKesempatanDays;
    if (!Number.isInteger(days) || days < 0)
      throw new ProjectRuleError('invalid_input', {
        id: `Pemberian kesempatan ${days} hari tidak sah.`,
        en: `A pemberian kesempatan of ${days} days is not valid.`,
      });
    const kEnd = isoFromDay(end + days);
    const exceedsMax = days > maxDays;
    const withinKesempatan = until <= end + days;
    kesempatan = {
      days,
      maxDays,
      exceedsMax,
      endDate: kEnd,
      withinKesempatan,
      explanation: {
        id:
          `Pemberian kesempatan ${days} hari s.d. ${fmtDate(kEnd, 'id')}` +
          (exceedsMax ? `, MELEBIHI batas ${maxDays} hari kalender.` : ` (batas ${maxDays} hari kalender).`) +
          ' Denda tetap berjalan selama masa kesempatan.' +
          (withinKesempatan
            ? ''
            : ` ${completed ? 'Selesai' : 'Per'} ${fmtDate(countedUntil, 'id')}${completed ? '' : ' belum selesai'}, lewat dari masa kesempatan.`),
        en:
          `Pemberian kesempatan of ${days} days to ${fmtDate(kEnd, 'en')}` +
          (exceedsMax
            ? `, ABOVE the limit of ${maxDays} calendar days.`
            : ` (limit ${maxDays} calendar days).`) +
          ' The penalty keeps running during it.' +
          (withinKesempatan
            ? ''
            : ` ${completed ? 'Completed on' : 'As of'} ${fmtDate(countedUntil, 'en')}${completed ? '' : ', not complete'}, past the kesempatan.`),
      },
      legalSource: params.sources.pemberianKesempatan,
    };
  }
  const lateBeyondKesempatanMax = daysLate > maxDays;

  const capFig = figure(capNano);
  const baseText: Bilingual =
    input.base.kind === 'contract_value'
      ? { id: `nilai kontrak ${fmtRp(baseValue, 'id')}`, en: `the contract value ${fmtRp(baseValue, 'en')}` }
      : {
          id: `nilai bagian kontrak yang belum selesai ${fmtRp(baseValue, 'id')}`,
          en: `the value of the unfinished part ${fmtRp(baseValue, 'en')}`,
        };
  const extText: Bilingual =
    end === original
      ? {
          id: `Akhir kontrak ${fmtDate(endDate, 'id')}.`,
          en: `Contract end ${fmtDate(endDate, 'en')}.`,
        }
      : {
          id: `Akhir kontrak ${fmtDate(isoFromDay(original), 'id')}, menjadi ${fmtDate(endDate, 'id')} setelah adendum perpanjangan waktu (${end - original} hari).`,
          en: `Contract end ${fmtDate(isoFromDay(original), 'en')}, moved to ${fmtDate(endDate, 'en')} by time-extension addenda (${end - original} days).`,
        };
  const lateText: Bilingual =
    daysLate === 0
      ? {
          id: `${completed ? 'Selesai' : 'Per'} ${fmtDate(countedUntil, 'id')}: tidak terlambat, tidak ada denda.`,
          en: `${completed ? 'Completed' : 'As of'} ${fmtDate(countedUntil, 'en')}: not late, no penalty.`,
        }
      : {
          id:
            `Terlambat ${daysLate} hari kalender (${fmtDate(isoFromDay(end + 1), 'id')} s.d. ${fmtDate(countedUntil, 'id')}${completed ? ', tanggal PHO' : ', belum selesai'}). ` +
            `Denda = ${fmtPlain(params.perMilPerDay, 'id')}‰ × ${baseText.id} × ${daysLate} hari = ${fmtRp(nanoToRupiah(uncappedNano), 'id')} (${fmtRp(nanoToRupiah(perDayNano), 'id')} per hari).`,
          en:
            `Late by ${daysLate} calendar days (${fmtDate(isoFromDay(end + 1), 'en')} to ${fmtDate(countedUntil, 'en')}${completed ? ', the PHO date' : ', not complete'}). ` +
            `Penalty = ${fmtPlain(params.perMilPerDay, 'en')}‰ × ${baseText.en} × ${daysLate} days = ${fmtRp(nanoToRupiah(uncappedNano), 'en')} (${fmtRp(nanoToRupiah(perDayNano), 'en')} per day).`,
        };
  const beyondText: Bilingual = lateBeyondKesempatanMax
    ? {
        id: ` Keterlambatan melewati batas pemberian kesempatan ${maxDays} hari.`,
        en: ` The delay is beyond the ${maxDays}-day limit of a pemberian kesempatan.`,
      }
    : { id: '', en: '' };

  return {
    endDate,
    extensionDays: end - original,
    completed,
    countedUntil,
    firstLateDay: daysLate > 0 ? isoFromDay(end + 1) : null,
    daysLate,
    base: { kind: input.base.kind, value: baseValue },
    perDay: figure(perDayNano),
    uncapped: figure(uncappedNano),
    cap: {
      pct: params.capPct,
      amount: capFig.amount,
      exact: capFig.exact,
      reached: capReached,
      daysToReach,
      explanation: {
        id:
          `[S] Batas denda ${fmtNum(params.capPct, 'id')}% dari nilai kontrak = ${fmtRp(capFig.amount, 'id')}` +
          (capReached ? ': TERCAPAI.' : `: belum tercapai.`) +
          ' Aturan batas ini hanya didukung sumber sekunder (lihat sumber hukum); angka tanpa batas tetap dilaporkan.',
        en:
          `[S] Penalty cap ${fmtNum(params.capPct, 'en')}% of the contract value = ${fmtRp(capFig.amount, 'en')}` +
          (capReached ? ': REACHED.' : ': not reached.') +
          ' This cap rests on secondary sources only (see the legal source); the uncapped figure is kept.',
      },
      legalSource: params.sources.cap,
    },
    capped: figure(cappedNano),
    capReached,
    pemberianKesempatan: kesempatan,
    lateBeyondKesempatanMax,
    explanation: {
      id: `${extText.id} ${lateText.id}${beyondText.id}`,
      en: `${extText.en} ${lateText.en}${beyondText.en}`,
    },
    legalSource: params.sources.rate,
  };
}
