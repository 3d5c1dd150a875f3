import { createHash } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { zipSync } from 'fflate';
import type { Db } from '../../../db/client.js';
import { todayInJakarta } from '../../../lib/dates.js';
import type { RequestContext } from '../../accounts/actor.js';
import { centres } from '../../centres/centres.tables.js';
import { storedFiles } from '../../registry/registry.tables.js';
import { loadTermParams } from '../ip/protection-term.js';
import { loadMotifDetail } from '../motifs.repository.js';
import { motifImages } from '../motifs.tables.js';
import { assertMotifAccess } from '../motifs-access.js';
import { evidenceSummaryHtml } from './evidence-summary.js';

export interface EvidenceEntry {
  path: string;
  sha256: string;
  sizeBytes: number;
}

/**
 * One zip an artisan can bring to a dispute: every original image byte-for-byte, the IP
 * documents, a summary page a person can read, the data as JSON, and SHA256SUMS.txt so anyone
 * can check (`sha256sum -c SHA256SUMS.txt`) that nothing was altered since the server received it.
 */
export async function buildEvidencePack(
  db: Db,
  ctx: RequestContext,
  motifId: string,
): Promise<{ fileName: string; zip: Uint8Array; entries: EvidenceEntry[] }> {
  const row = await assertMotifAccess(db, ctx.actor, motifId);
  const motif = await loadMotifDetail(db, row, await loadTermParams(db, todayInJakarta()));
  const [centre] = await db.select({ name: centres.name }).from(centres).where(eq(centres.id, row.centreId));

  // Images and PDFs are already compressed: stored as they are (level 0), only text is deflated.
  const files: Record<string, [Uint8Array, { level: 0 | 6 }]> = {};
  const entries: EvidenceEntry[] = [];
  const add = (path: string, bytes: Uint8Array, level: 0 | 6 = 0) => {
    files[path] = [bytes, { level }];
    entries.push({ path, sha256: sha256(bytes), sizeBytes: bytes.length });
  };

  const originals = await db
    .select({ imageId: motifImages.id, content: storedFiles.content, fileName: storedFiles.fileName })
    .from(motifImages)
    .innerJoin(storedFiles, eq(storedFiles.id, motifImages.originalFileId))
    .where(eq(motifImages.motifId, motifId));
  const imagePaths = new Map<string, string>();
  motif.images.forEach((image, i) => {
    const original = originals.find((o) => o.imageId === image.id);
    if (!original) return;
    const path = `gambar-asli/${String(i + 1).padStart(2, '0')}-${image.sha256.slice(0, 12)}-${original.fileName}`;
    imagePaths.set(image.id, path);
    add(path, original.content);
  });

  const docIds = motif.ipRecords.flatMap((r) => r.documents.map((d) => d.fileId));
  const docs = docIds.length
    ? await db
        .select({ id: storedFiles.id, content: storedFiles.content })
        .from(storedFiles)
        .where(inArray(storedFiles.id, docIds))
    : [];
  const docPaths = new Map<string, string>();
  motif.ipRecords.forEach((r, ri) => {
    for (const d of r.documents) {
      const content = docs.find((x) => x.id === d.fileId)?.content;
      if (!content) continue;
      const path = `dokumen-hki/${ri + 1}-${r.kind}-${d.label}-${d.sha256.slice(0, 12)}-${d.fileName}`;
      docPaths.set(d.fileId, path);
      add(path, content);
    }
  });

  const generatedAt = new Date();
  const meta = {
    generatedAt: generatedAt.toISOString(),
    generatedBy: ctx.actor.label,
    requestId: ctx.requestId,
    centre: centre?.name ?? null,
  };
  add(
    'motif.json',
    new TextEncoder().encode(
      JSON.stringify(
        {
          ...meta,
          motif,
          files: Object.fromEntries([...imagePaths, ...docPaths].map(([id, path]) => [id, path])),
        },
        null,
        2,
      ),
    ),
    6,
  );
  add(
    'RINGKASAN.html',
    new TextEncoder().encode(
      evidenceSummaryHtml({ motif, meta, imagePaths, docPaths, entries: [...entries] }),
    ),
    6,
  );
  const sums = `${entries.map((e) => `${e.sha256}  ${e.path}`).join('\n')}\n`;
  files['SHA256SUMS.txt'] = [new TextEncoder().encode(sums), { level: 6 }];

  const zip = zipSync(files, { mtime: generatedAt });
  const slug = motif.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return { fileName: `bukti-motif-${slug || 'motif'}.zip`, zip, entries };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
