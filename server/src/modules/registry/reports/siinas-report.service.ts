import type { Db } from '../../../db/client.js';
import type { RequestContext } from '../../accounts/actor.js';
import { figuresOf } from '../figures.js';
import { assertBusinessAccess } from '../registry-access.js';
import * as repo from './reports.repository.js';
import type { TSiinasReport, TSiinasReportQuery } from './reports.schemas.js';

import {
  centreRef,
  iso,
  periodLabel,
  reportCentre,
  SIINAS_SOURCE,
  say,
  siinasColumns,
} from './reports-common.js';

export async function siinasReport(
  db: Db,
  ctx: RequestContext,
  q: TSiinasReportQuery,
): Promise<TSiinasReport> {
  const centreId = reportCentre(ctx.actor, q.centreId);
  const [centre, rows] = await Promise.all([
    centreRef(db, centreId),
    repo.businessesWithReport(db, centreId, q.year, q.semester),
  ]);
  const report: TSiinasReport = {
    period: { year: q.year, semester: q.semester, label: periodLabel(q.year, q.semester, ctx.lang) },
    centre,
    source: say(SIINAS_SOURCE, ctx.lang),
    generatedAt: new Date().toISOString(),
    columns: siinasColumns(ctx.lang),
    rows: [],
    missing: [],
  };
  for (const r of rows) {
    if (r.status === 'verified' && r.report_id) {
      report.rows.push({
        businessId: r.business_id,
        nib: r.nib,
        name: r.name,
        kbliCodes: r.kbli_codes,
        wilayahCode: r.wilayah_code,
        kelurahan: r.kelurahan,
        kecamatan: r.kecamatan,
        reportId: r.report_id,
        verifiedAt: iso(r.verified_at),
        figures: figuresOf(r),
      });
    } else {
      report.missing.push({
        businessId: r.business_id,
        nib: r.nib,
        name: r.name,
        kelurahan: r.kelurahan,
        status: r.status === 'draft' || r.status === 'submitted' ? r.status : 'none',
      });
    }
  }
  return report;
}

export async function businessSiinas(
  db: Db,
  ctx: RequestContext,
  businessId: string,
  q: { year: number; semester: number },
) {
  await assertBusinessAccess(db, ctx.actor, businessId);
  const [r] = await repo.businessesWithReport(db, null, q.year, q.semester, businessId);
  if (!r) throw new Error(`business ${businessId} vanished`);
  return {
    period: { year: q.year, semester: q.semester, label: periodLabel(q.year, q.semester, ctx.lang) },
    source: say(SIINAS_SOURCE, ctx.lang),
    business: {
      id: r.business_id,
      nib: r.nib,
      name: r.name,
      kbliCodes: r.kbli_codes,
      wilayahCode: r.wilayah_code,
      kelurahan: r.kelurahan,
      kecamatan: r.kecamatan,
    },
    status: r.status ?? ('none' as const),
    report:
      r.report_id && r.status
        ? {
            id: r.report_id,
            status: r.status,
            submittedAt: iso(r.submitted_at),
            verifiedAt: iso(r.verified_at),
            figures: figuresOf(r),
          }
        : null,
    columns: siinasColumns(ctx.lang),
  };
}
