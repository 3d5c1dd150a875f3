import type { Db } from '../../../db/client.js';
import { AppError, notFound } from '../../../lib/app-error.js';
import type { Lang } from '../../../lib/lang.js';
import { type Actor, assertCentreAccess, type RequestContext } from '../../accounts/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { BusinessInsert, BusinessRow } from '../registry.repository.js';
import { BUSINESS } from '../registry-access.js';
import * as repo from './duplicates.repository.js';
import {
  type DuplicateReasonKind,
  MERGEABLE_FIELDS,
  type MergeableField,
  type TDismissDuplicateRequest,
  type TDuplicateListQuery,
  type TDuplicateReason,
  type TMergeExplanation,
  type TMergeRequest,
} from './duplicates.schemas.js';

export const MERGE = { id: 'Catatan penggabungan', en: 'Merge record' };

/**
 * How much each signal says "same business", combined as independent evidence
 * (score = 1 − Π(1 − w)). A shared NIB is near proof; a shared owner or phone is strong; a
 * similar name counts in proportion to its similarity.
 */
const WEIGHTS: Record<Exclude<DuplicateReasonKind, 'similar_name'>, number> = {
  same_nib: 0.95,
  same_owner_nik: 0.8,
  same_phone: 0.7,
  manual: 0,
};
const NAME_WEIGHT = 0.8;

const ORDER: DuplicateReasonKind[] = ['same_nib', 'same_owner_nik', 'same_phone', 'similar_name', 'manual'];

/** A reason in the user's language. A phone is shown in its national form, 0812…; never a NIK. */
export function reasonLabel(
  r: { kind: DuplicateReasonKind; similarity?: number | null; value?: string | null },
  lang: Lang,
): string {
  const id = lang === 'id';
  const pct = `${Math.round((r.similarity ?? 0) * 100)}%`;
  switch (r.kind) {
    case 'same_nib':
      return id ? `NIB sama (${r.value ?? ''})` : `Same NIB (${r.value ?? ''})`;
    case 'similar_name':
      return id ? `Nama mirip (${pct}) di kelurahan yang sama` : `Similar name (${pct}) in the same village`;
    case 'same_phone':
      return id
        ? `Nomor telepon/WhatsApp sama (0${r.value ?? ''})`
        : `Same phone/WhatsApp number (0${r.value ?? ''})`;
    case 'same_owner_nik':
      return id
        ? `Pemilik yang sama (NIK cocok): ${r.value ?? ''}`
        : `Same owner (matching NIK): ${r.value ?? ''}`;
    case 'manual':
      return id ? `Catatan petugas: ${r.value ?? ''}` : `Officer's note: ${r.value ?? ''}`;
  }
}

export function pairScore(reasons: { kind: DuplicateReasonKind; similarity?: number | null }[]): number {
  let keep = 1;
  for (const r of reasons) {
    const w = r.kind === 'similar_name' ? (r.similarity ?? 0) * NAME_WEIGHT : WEIGHTS[r.kind];
    keep *= 1 - w;
  }
  return Math.round((1 - keep) * 1000) / 1000;
}

/** The centre a staff request looks at: an admin may name one (or see all); others their own. */
function centreOf(actor: Actor, requested: string | undefined): string | null {
  if (requested) {
    assertCentreAccess(actor, requested);
    return requested;
  }
  if (actor.role === 'admin') return actor.centreId;
  if (!actor.centreId) throw new AppError('FORBIDDEN', {}, 'actor without centre');
  return actor.centreId;
}

const toReason = (
  r: { kind: DuplicateReasonKind; similarity?: number | null; sim?: number | null; value?: string | null },
  lang: Lang,
): TDuplicateReason => {
  const similarity = r.similarity ?? r.sim ?? null;
  const rounded = similarity === null ? null : Math.round(similarity * 1000) / 1000;
  const value = r.value ?? null;
  return {
    kind: r.kind,
    similarity: rounded,
    value,
    label: reasonLabel({ kind: r.kind, similarity, value }, lang),
  };
};

export async function listCandidates(db: Db, ctx: RequestContext, q: TDuplicateListQuery) {
  const centreId = centreOf(ctx.actor, q.centreId);
  const raw = await db.transaction((tx) => repo.findCandidates(tx, centreId));
  const pairs = raw
    .map((p) => {
      const reasons = p.reasons
        .map((r) => toReason(r, ctx.lang))
        .sort((x, y) => ORDER.indexOf(x.kind) - ORDER.indexOf(y.kind));
      return { aId: p.a_id, bId: p.b_id, reasons, score: pairScore(reasons) };
    })
    .sort((x, y) => y.score - x.score || x.aId.localeCompare(y.aId) || x.bId.localeCompare(y.bId));
  const page = pairs.slice(0, q.limit);
  const sides = new Map(
    (await repo.sideSummaries(db, [...new Set(page.flatMap((p) => [p.aId, p.bId]))])).map((s) => [s.id, s]),
  );
  const side = (id: string) => {
    const s = sides.get(id);
    if (!s) throw new Error(`business ${id} vanished`);
    return {
      id: s.id,
      name: s.name,
      nib: s.nib,
      address: s.address,
      wilayahCode: s.wilayah_code,
      kelurahan: s.kelurahan,
      kecamatan: s.kecamatan,
      phone: s.phone,
      whatsapp: s.whatsapp,
      workersTotal: s.workers_total,
      counts: {
        people: s.people,
        products: s.products,
        certifications: s.certifications,
        reports: s.reports,
      },
      updatedAt: new Date(s.updated_at).toISOString(),
    };
  };
  return {
    items: page.map((p) => ({ a: side(p.aId), b: side(p.bId), reasons: p.reasons, score: p.score })),
    total: pairs.length,
  };
}

/** Loads both businesses of a pair and checks they may be compared by this actor. */
async function loadPair(db: Db, actor: Actor, firstId: string, secondId: string) {
  if (firstId === secondId) throw new AppError('MERGE_SELF');
  const [first, second] = await Promise.all([
    repo.businessCentre(db, firstId),
    repo.businessCentre(db, secondId),
  ]);
  if (!first || !second) throw notFound(BUSINESS);
  assertCentreAccess(actor, first.centreId);
  assertCentreAccess(actor, second.centreId);
  if (first.centreId !== second.centreId)
    throw new AppError('MERGE_OTHER_CENTRE', { kept: first.name, merged: second.name });
  return { first, second };
}

export async function dismissPair(db: Db, ctx: RequestContext, input: TDismissDuplicateRequest) {
  const { first } = await loadPair(db, ctx.actor, input.aId, input.bId);
  const [aId, bId] = [input.aId, input.bId].sort() as [string, string];
  const reasons = input.reasons.map((r) => toReason(r, 'id'));
  return db.transaction(async (tx) => {
    const row = await repo.insertDismissal(tx, {
      businessAId: aId,
      businessBId: bId,
      centreId: first.centreId,
      reasons,
      note: input.note ?? null,
      dismissedBy: ctx.actor.userId,
    });
    await recordAudit(tx, ctx, {
      entity: 'business_duplicate_dismissal',
      entityId: `${aId}:${bId}`,
      centreId: first.centreId,
      action: 'create',
      after: { businessAId: aId, businessBId: bId, reasons, note: row.note },
    });
    return { aId, bId, note: row.note, dismissedAt: row.dismissedAt.toISOString() };
  });
}

const isEmpty = (v: unknown) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
const same = (x: unknown, y: unknown) => JSON.stringify(x ?? null) === JSON.stringify(y ?? null);
const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/**
 * Which fields of the kept record take the merged record's value: those the officer chose
 * ('merge'), and, when not chosen, those empty on the kept record but filled on the merged one,
 * so that nothing known is lost.
 */
export function decideFields(
  kept: BusinessRow,
  merged: BusinessRow,
  choices: TMergeRequest['fields'] = {},
): { field: MergeableField; before: unknown; after: unknown }[] {
  const out: { field: MergeableField; before: unknown; after: unknown }[] = [];
  for (const field of MERGEABLE_FIELDS) {
    const k = kept[field as keyof BusinessRow];
    const m = merged[field as keyof BusinessRow];
    if (same(k, m)) continue;
    const choice = choices[field];
    if (choice === 'merge' || (choice === undefined && isEmpty(k) && !isEmpty(m)))
      out.push({ field, before: plain(k), after: plain(m) });
  }
  return out;
}

type ReportRow = Awaited<ReturnType<typeof repo.attachmentsOf>>['reports'][number];
interface ReportConflict {
  year: number;
  semester: number;
  keptStatus: string;
  mergedStatus: string;
  outcome: 'kept_own' | 'took_merged';
}

export async function mergeBusinesses(db: Db, ctx: RequestContext, input: TMergeRequest) {
  if (input.keepId === input.mergeId) throw new AppError('MERGE_SELF');
  const out = await db.transaction(async (tx) => {
    const rows = await repo.lockBusinesses(tx, [input.keepId, input.mergeId]);
    const kept = rows.find((r) => r.id === input.keepId);
    const merged = rows.find((r) => r.id === input.mergeId);
    if (!kept || !merged) throw notFound(BUSINESS);
    assertCentreAccess(ctx.actor, kept.centreId);
    assertCentreAccess(ctx.actor, merged.centreId);
    if (kept.centreId !== merged.centreId)
      throw new AppError('MERGE_OTHER_CENTRE', { kept: kept.name, merged: merged.name });
    for (const b of [merged, kept])
      if (b.mergedIntoId) throw new AppError('MERGE_ALREADY_MERGED', { name: b.name });

    const [keptBefore, mergedBefore] = [
      await repo.attachmentsOf(tx, kept.id),
      await repo.attachmentsOf(tx, merged.id),
    ];

    // 1. Field values taken from the merged record. A NIB is unique: the merged record lets go first.
    const fieldsTaken = decideFields(kept, merged, input.fields);
    const values: Partial<BusinessInsert> = {};
    for (const f of fieldsTaken)
      (values as Record<string, unknown>)[f.field] = merged[f.field as keyof BusinessRow];
    const nibMoves = fieldsTaken.some((f) => f.field === 'nib');
    if (nibMoves) await repo.releaseNib(tx, merged.id);

    // 2. What hangs off the merged record moves to the kept one.
    const moved: Record<string, number> = {
      fieldsTaken: fieldsTaken.length,
      people: await repo.movePeopleLinks(tx, merged.id, kept.id),
      products: await repo.moveProducts(tx, merged.id, kept.id),
      certifications: await repo.moveCertifications(tx, merged.id, kept.id),
      reports: 0,
      reportConflictsKeptOwn: 0,
      reportConflictsTookMerged: 0,
      consents: await repo.moveConsents(tx, merged.id, kept.id),
      kbliCodes: await repo.copyKbli(tx, merged.id, kept.id),
      accounts: await repo.moveAccounts(tx, merged.id, kept.id),
      earlierMerges: await repo.repointEarlierMerges(tx, merged.id, kept.id),
    };
    const period = (r: ReportRow) => `${r.year}-${r.semester}`;
    const keptReports = new Map(keptBefore.reports.map((r) => [period(r), r]));
    const reportConflicts: ReportConflict[] = [];
    for (const r of [...mergedBefore.reports].sort((x, y) => x.year - y.year || x.semester - y.semester)) {
      const own = keptReports.get(period(r));
      if (!own) {
        await repo.moveReport(tx, r.id, kept.id);
        moved.reports = (moved.reports ?? 0) + 1;
        continue;
      }
      // Both have this semester: the kept record's report stands, unless it is only a draft and
      // the merged record's was verified by an officer.
      const take = own.status === 'draft' && r.status === 'verified';
      if (take) {
        await repo.swapReports(tx, own, r, kept.id, merged.id);
        moved.reports = (moved.reports ?? 0) + 1;
        moved.reportConflictsTookMerged = (moved.reportConflictsTookMerged ?? 0) + 1;
      } else moved.reportConflictsKeptOwn = (moved.reportConflictsKeptOwn ?? 0) + 1;
      reportConflicts.push({
        year: r.year,
        semester: r.semester,
        keptStatus: own.status,
        mergedStatus: r.status,
        outcome: take ? 'took_merged' : 'kept_own',
      });
    }

    // 3. The kept record takes the chosen values; the merged one points at it from now on.
    const keptAfter = await repo.updateBusiness(tx, kept.id, values);
    const mergedAfter = await repo.updateBusiness(tx, merged.id, { mergedIntoId: kept.id });
    const reasons = input.reasons.map((r) => toReason(r, 'id'));
    const snapshot = {
      business: plain(merged),
      kbliCodes: mergedBefore.kbliCodes,
      people: mergedBefore.people,
      products: mergedBefore.products.map((p) => ({ id: p.id, name: p.name, category: p.category })),
      certifications: mergedBefore.certifications.map((c) => ({
        id: c.id,
        kind: c.kind,
        category: c.category,
        number: c.number,
        validUntil: c.validUntil,
      })),
      reports: mergedBefore.reports.map((r) => ({
        id: r.id,
        year: r.year,
        semester: r.semester,
        status: r.status,
      })),
      consents: mergedBefore.consents.map((c) => ({
        fieldGroup: c.fieldGroup,
        granted: c.granted,
        givenBy: c.givenBy,
        recordedAt: c.recordedAt.toISOString(),
      })),
      accountUserIds: mergedBefore.accountUserIds,
      decisions: { fieldsTaken, reportConflicts, note: input.note ?? null },
    };
    const merge = await repo.insertMerge(tx, {
      centreId: kept.centreId,
      keptId: kept.id,
      mergedId: merged.id,
      reasons,
      mergedSnapshot: snapshot,
      moved,
      mergedBy: ctx.actor.userId,
    });

    const keptKbliAfter = (await repo.attachmentsOf(tx, kept.id)).kbliCodes;
    await recordAudit(tx, ctx, {
      entity: 'business',
      entityId: kept.id,
      centreId: kept.centreId,
      action: 'update',
      before: { ...kept, kbliCodes: keptBefore.kbliCodes, merge: null },
      after: {
        ...keptAfter,
        kbliCodes: keptKbliAfter,
        merge: { id: merge.id, role: 'kept', mergedId: merged.id, moved },
      },
    });
    await recordAudit(tx, ctx, {
      entity: 'business',
      entityId: merged.id,
      centreId: merged.centreId,
      action: 'update',
      before: { ...merged, merge: null },
      after: { ...mergedAfter, merge: { id: merge.id, role: 'merged', keptId: kept.id } },
    });
    return { merge, kept, merged, moved, reportConflicts };
  });
  return {
    mergeId: out.merge.id,
    keptId: out.kept.id,
    mergedId: out.merged.id,
    moved: out.moved,
    summary: mergeSummary(out.kept.name, out.merged.name, out.moved, out.reportConflicts, ctx.lang),
  };
}

function conflictText(c: ReportConflict, lang: Lang): string {
  const id = lang === 'id';
  const status = (s: string) =>
    id
      ? (({ draft: 'draf', submitted: 'terkirim', verified: 'terverifikasi' } as Record<string, string>)[s] ??
        s)
      : s;
  const when = id ? `Semester ${c.semester} ${c.year}` : `Semester ${c.semester} ${c.year}`;
  if (c.outcome === 'took_merged')
    return id
      ? `${when}: laporan data yang dipertahankan masih draf, laporan data yang digabung sudah terverifikasi; yang terverifikasi dipakai, draf tetap tersimpan pada data yang digabung.`
      : `${when}: the kept record's report was a draft and the merged record's was verified; the verified one is used, the draft stays on the merged record.`;
  return id
    ? `${when}: kedua data punya laporan; laporan data yang dipertahankan (${status(c.keptStatus)}) dipakai, laporan data yang digabung (${status(c.mergedStatus)}) tetap tersimpan pada data tersebut.`
    : `${when}: both records had a report; the kept record's (${status(c.keptStatus)}) is used, the merged record's (${status(c.mergedStatus)}) stays on that record.`;
}

function mergeSummary(
  keptName: string,
  mergedName: string,
  moved: Record<string, number>,
  conflicts: ReportConflict[],
  lang: Lang,
): string {
  const n = (k: string) => moved[k] ?? 0;
  const head =
    lang === 'id'
      ? `"${mergedName}" digabung ke "${keptName}": ${n('people')} orang, ${n('products')} produk, ${n('certifications')} sertifikasi, ${n('reports')} laporan semester, ${n('consents')} catatan persetujuan dan ${n('accounts')} akun perajin dipindahkan; ${n('fieldsTaken')} isian diambil dari data yang digabung.`
      : `"${mergedName}" merged into "${keptName}": ${n('people')} people, ${n('products')} products, ${n('certifications')} certifications, ${n('reports')} semester reports, ${n('consents')} consent records and ${n('accounts')} artisan accounts moved; ${n('fieldsTaken')} fields taken from the merged record.`;
  return [head, ...conflicts.map((c) => conflictText(c, lang))].join(' ');
}

export async function explainMerge(db: Db, ctx: RequestContext, id: string): Promise<TMergeExplanation> {
  const m = await repo.findMerge(db, id);
  if (!m) throw notFound(MERGE);
  assertCentreAccess(ctx.actor, m.centre_id);
  const snapshot = m.merged_snapshot as {
    business?: Record<string, unknown>;
    decisions?: {
      fieldsTaken?: { field: string; before: unknown; after: unknown }[];
      reportConflicts?: ReportConflict[];
      note?: string | null;
    };
  };
  const decisions = snapshot.decisions ?? {};
  const conflicts = decisions.reportConflicts ?? [];
  const { nikHash: _n, ...business } = (snapshot.business ?? {}) as Record<string, unknown>;
  return {
    id: m.id,
    centreId: m.centre_id,
    kept: { id: m.kept_id, name: m.kept_name, nib: m.kept_nib, mergedIntoId: m.kept_merged_into_id },
    merged: {
      id: m.merged_id,
      name: m.merged_name,
      nib: m.merged_nib,
      mergedIntoId: m.merged_merged_into_id,
    },
    reasons: (
      m.reasons as { kind: DuplicateReasonKind; similarity?: number | null; value?: string | null }[]
    ).map((r) => toReason(r, ctx.lang)),
    note: decisions.note ?? null,
    moved: m.moved,
    fieldsTaken: decisions.fieldsTaken ?? [],
    reportConflicts: conflicts.map((c) => ({ ...c, explanation: conflictText(c, ctx.lang) })),
    snapshot: { ...snapshot, business },
    mergedBy: m.merged_by ? { id: m.merged_by, name: m.merged_by_name ?? '' } : null,
    mergedAt: new Date(m.merged_at).toISOString(),
    summary: mergeSummary(m.kept_name, String(business.name ?? m.merged_name), m.moved, conflicts, ctx.lang),
  };
}

export async function listMerges(db: Db, ctx: RequestContext, businessId: string) {
  const b = await repo.businessCentre(db, businessId);
  if (!b) throw notFound(BUSINESS);
  assertCentreAccess(ctx.actor, b.centreId);
  const rows = await repo.mergesOf(db, businessId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      keptId: r.kept_id,
      keptName: r.kept_name,
      mergedId: r.merged_id,
      mergedName: r.merged_name,
      mergedAt: new Date(r.merged_at).toISOString(),
    })),
  };
}
