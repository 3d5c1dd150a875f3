import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { todayInJakarta } from '../../lib/dates.js';
import { businesses, storedFiles } from '../registry/registry.tables.js';
import { type ProtectionTerm, protectionTerm, type TermParams } from './ip/protection-term.js';
import type { TIpRecord, TMotif, TMotifImage, TMotifListQuery } from './motifs.schemas.js';
import {
  ipRecordDocuments,
  ipRecordEvents,
  ipRecords,
  motifCreators,
  motifImages,
  motifs,
} from './motifs.tables.js';
import type { MotifScope } from './motifs-access.js';

type MotifRow = typeof motifs.$inferSelect;
type IpRow = typeof ipRecords.$inferSelect;
type CreatorRow = typeof motifCreators.$inferSelect;

export const imageUrl = (imageId: string, size: 'thumb' | 'web' | 'large' | 'original') =>
  `/api/motifs/images/${imageId}/${size}`;

export async function loadCreators(db: DbOrTx, motifId: string): Promise<CreatorRow[]> {
  return db
    .select()
    .from(motifCreators)
    .where(eq(motifCreators.motifId, motifId))
    .orderBy(asc(motifCreators.position));
}

export async function loadImages(db: DbOrTx, motifId: string): Promise<TMotifImage[]> {
  const rows = await db
    .select({
      image: motifImages,
      sizeBytes: storedFiles.sizeBytes,
      fileName: storedFiles.fileName,
    })
    .from(motifImages)
    .innerJoin(storedFiles, eq(storedFiles.id, motifImages.originalFileId))
    .where(eq(motifImages.motifId, motifId))
    .orderBy(desc(motifImages.isPrimary), asc(motifImages.position), asc(motifImages.uploadedAt));
  return rows.map(({ image: i, sizeBytes, fileName }) => ({
    id: i.id,
    sha256: i.sha256,
    mimeType: i.mimeType,
    width: i.width,
    height: i.height,
    sizeBytes,
    fileName,
    caption: i.caption,
    isPrimary: i.isPrimary,
    uploadedByLabel: i.uploadedByLabel,
    uploadedAt: i.uploadedAt.toISOString(),
    urls: {
      thumb: imageUrl(i.id, 'thumb'),
      web: imageUrl(i.id, 'web'),
      large: imageUrl(i.id, 'large'),
      original: imageUrl(i.id, 'original'),
    },
  }));
}

export function termOf(record: IpRow, creators: CreatorRow[], params: TermParams): ProtectionTerm {
  return protectionTerm(
    {
      kind: record.kind,
      workKind: record.workKind,
      holderKind: record.holderKind,
      applicationDate: record.applicationDate,
      firstPublishedOn: record.firstPublishedOn,
      creators: creators.map((c) => ({ name: c.name, deceased: c.deceased, diedOn: c.diedOn })),
    },
    params,
  );
}

export function mapTerm(term: ProtectionTerm, today: string) {
  return {
    state: term.state,
    endsOn: term.state === 'until' ? term.endsOn : null,
    startsFrom: term.state === 'until' ? term.startsFrom : null,
    years: term.state === 'lifetime_plus' ? term.years : null,
    missing: term.state === 'missing' ? term.missing : null,
    rule: term.rule,
    legalSource: term.legalSource,
    expired: term.state === 'until' && term.endsOn < today,
  };
}

export async function loadIpRecords(
  db: DbOrTx,
  motifId: string,
  creators: CreatorRow[],
  params: TermParams,
): Promise<TIpRecord[]> {
  const records = await db
    .select()
    .from(ipRecords)
    .where(eq(ipRecords.motifId, motifId))
    .orderBy(asc(ipRecords.createdAt));
  if (records.length === 0) return [];
  const ids = records.map((r) => r.id);
  const [events, docs] = await Promise.all([
    db
      .select()
      .from(ipRecordEvents)
      .where(inArray(ipRecordEvents.ipRecordId, ids))
      .orderBy(asc(ipRecordEvents.changedAt)),
    db
      .select({
        ipRecordId: ipRecordDocuments.ipRecordId,
        label: ipRecordDocuments.label,
        fileId: storedFiles.id,
        fileName: storedFiles.fileName,
        sizeBytes: storedFiles.sizeBytes,
        sha256: storedFiles.sha256,
        uploadedAt: storedFiles.uploadedAt,
      })
      .from(ipRecordDocuments)
      .innerJoin(storedFiles, eq(storedFiles.id, ipRecordDocuments.fileId))
      .where(inArray(ipRecordDocuments.ipRecordId, ids)),
  ]);
  const today = todayInJakarta();
  return records.map((r) => mapIpRecord(r, creators, params, today, events, docs));
}

function mapIpRecord(
  r: IpRow,
  creators: CreatorRow[],
  params: TermParams,
  today: string,
  events: (typeof ipRecordEvents.$inferSelect)[],
  docs: {
    ipRecordId: string;
    label: 'sertifikat' | 'formulir' | 'lainnya';
    fileId: string;
    fileName: string;
    sizeBytes: number;
    sha256: string;
    uploadedAt: Date;
  }[],
): TIpRecord {
  return {
    id: r.id,
    motifId: r.motifId,
    kind: r.kind,
    status: r.status,
    applicationNumber: r.applicationNumber,
    applicationDate: r.applicationDate,
    recordNumber: r.recordNumber,
    recordDate: r.recordDate,
    workKind: r.workKind,
    holderKind: r.holderKind,
    holderName: r.holderName,
    holderAddress: r.holderAddress,
    holderBusinessId: r.holderBusinessId,
    firstPublishedOn: r.firstPublishedOn,
    firstPublishedPlace: r.firstPublishedPlace,
    custodian: r.custodian,
    custodianWilayahCode: r.custodianWilayahCode,
    inventoryNumber: r.inventoryNumber,
    requestNote: r.requestNote,
    notes: r.notes,
    term: mapTerm(termOf(r, creators, params), today),
    events: events
      .filter((e) => e.ipRecordId === r.id)
      .map((e) => ({
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        note: e.note,
        changedByLabel: e.changedByLabel,
        changedAt: e.changedAt.toISOString(),
      })),
    documents: docs
      .filter((d) => d.ipRecordId === r.id)
      .map((d) => ({
        fileId: d.fileId,
        label: d.label,
        fileName: d.fileName,
        sizeBytes: d.sizeBytes,
        sha256: d.sha256,
        uploadedAt: d.uploadedAt.toISOString(),
      })),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export async function loadMotifDetail(db: DbOrTx, m: MotifRow, params: TermParams): Promise<TMotif> {
  const creators = await loadCreators(db, m.id);
  const [images, records, business] = await Promise.all([
    loadImages(db, m.id),
    loadIpRecords(db, m.id, creators, params),
    m.businessId
      ? db.select({ name: businesses.name }).from(businesses).where(eq(businesses.id, m.businessId))
      : Promise.resolve([]),
  ]);
  return {
    id: m.id,
    centreId: m.centreId,
    businessId: m.businessId,
    businessName: business[0]?.name ?? null,
    name: m.name,
    altNames: m.altNames,
    description: m.description,
    philosophy: m.philosophy,
    technique: m.technique,
    colours: m.colours,
    dyeKind: m.dyeKind,
    yearCreated: m.yearCreated,
    origin: m.origin,
    tags: m.tags,
    status: m.status,
    isDemo: m.isDemo,
    creators: creators.map((c) => ({
      id: c.id,
      personId: c.personId,
      name: c.name,
      address: c.address,
      nationality: c.nationality,
      deceased: c.deceased,
      diedOn: c.diedOn,
    })),
    images,
    ipRecords: records,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}

/** The SQL filter of a motif list: the actor's scope and the user's filters. */
export function motifListWhere(scope: MotifScope, q: Omit<TMotifListQuery, 'page' | 'pageSize'>) {
  const where: SQL[] = [];
  if (!scope.centre.all) where.push(eq(motifs.centreId, scope.centre.centreId));
  if (scope.onlyBusinessIds)
    where.push(scope.onlyBusinessIds.length ? inArray(motifs.businessId, scope.onlyBusinessIds) : sql`false`);
  if (q.q) {
    const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(sql`(${motifs.name} ilike ${like} or array_to_string(${motifs.altNames}, ' ') ilike ${like})`);
  }
  if (q.status) where.push(eq(motifs.status, q.status));
  if (q.technique) where.push(eq(motifs.technique, q.technique));
  if (q.businessId) where.push(eq(motifs.businessId, q.businessId));
  const recordConditions: SQL[] = [];
  if (q.ipKind) recordConditions.push(sql`r.kind = ${q.ipKind}`);
  if (q.ipStatus) recordConditions.push(sql`r.status = ${q.ipStatus}`);
  if (q.holder) {
    const like = `%${q.holder.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    recordConditions.push(sql`r.holder_name ilike ${like}`);
  }
  if (q.expiringWithinMonths)
    recordConditions.push(
      sql`r.status = 'recorded' and r.term_ends_on between ${todayInJakarta()}::date and ${todayInJakarta()}::date + make_interval(months => ${q.expiringWithinMonths})`,
    );
  if (recordConditions.length)
    where.push(
      sql`exists (select 1 from ip_record r where r.motif_id = "motif"."id" and ${sql.join(recordConditions, sql` and `)})`,
    );
  if (q.withoutIp) where.push(sql`not exists (select 1 from ip_record r where r.motif_id = "motif"."id")`);
  return where.length ? and(...where) : undefined;
}
