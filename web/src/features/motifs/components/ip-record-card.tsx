import { lazy, type ReactNode, Suspense } from 'react';
import { fileSize } from '../../../lib/file-size';
import { formatDate } from '../../../lib/format';
import { type MessageKey, useLang, useT } from '../../../lib/i18n';
import type { IpRecord, IpStatus } from '../api/types';
import {
  DOCUMENT_LABEL,
  HOLDER_KIND_LABEL,
  IP_KIND_LABEL,
  ipStatusKey,
  WORK_KIND_LABEL,
} from '../lib/labels';
import { termHeadline } from '../lib/term';
import { IpStatusBadge } from './badges';
import { IpTimeline } from './ip-timeline';
import { ShaValue } from './sha-value';

/** Officer-only tools (edit, status, certificate): an artisan's phone never downloads them. */
const IpRecordTools = lazy(() => import('./ip-officer-tools').then((m) => ({ default: m.IpRecordTools })));

/** What the artisan reads about their request, in plain words. */
const PROGRESS: Record<IpStatus, MessageKey> = {
  requested: 'motifs.progress.requested',
  draft: 'motifs.progress.draft',
  filed: 'motifs.progress.filed',
  recorded: 'motifs.progress.recorded',
  rejected: 'motifs.progress.rejected',
  expired: 'motifs.progress.expired',
};

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="dl-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export interface IpRecordCardProps {
  motifId: string;
  record: IpRecord;
  /** An artisan reads a plain sentence on where their request stands. */
  forArtisan: boolean;
  canKeep: boolean;
}

/** One IP record: its kind and status, numbers and dates, holder, term of protection, history. */
export function IpRecordCard({ motifId, record: r, forArtisan, canKeep }: IpRecordCardProps) {
  const t = useT();
  const lang = useLang();
  const titleId = `ip-${r.id}-title`;
  const copyright = r.kind === 'hak_cipta';
  const design = r.kind === 'desain_industri';
  const date = (value: string | null) => (value ? formatDate(value, lang) : null);
  const labelOf = (hc: MessageKey, di: MessageKey) => t(design ? di : hc);

  const rows: [string, ReactNode][] = [];
  const add = (label: string, value: ReactNode) => {
    if (value !== null && value !== undefined && value !== '') rows.push([label, value]);
  };
  if (r.kind !== 'kik') {
    add(
      t('motifs.ip.applicationNumber'),
      r.applicationNumber && <span className="code">{r.applicationNumber}</span>,
    );
    add(labelOf('motifs.ip.applicationDate', 'motifs.ip.filingDate'), date(r.applicationDate));
    add(
      labelOf('motifs.ip.recordNumber', 'motifs.ip.registrationNumber'),
      r.recordNumber && <span className="code">{r.recordNumber}</span>,
    );
    add(labelOf('motifs.ip.recordDate', 'motifs.ip.registrationDate'), date(r.recordDate));
  }
  if (copyright) add(t('motifs.ip.workKind'), r.workKind && t(WORK_KIND_LABEL[r.workKind]));
  if (r.holderName || r.holderKind) {
    add(
      t('motifs.ip.holder'),
      <>
        {[r.holderName, r.holderKind ? t(HOLDER_KIND_LABEL[r.holderKind]) : null].filter(Boolean).join(' · ')}
        {r.holderAddress && <span className="cell-sub">{r.holderAddress}</span>}
      </>,
    );
  }
  if (copyright && r.firstPublishedOn) {
    add(
      t('motifs.ip.firstPublished'),
      [date(r.firstPublishedOn), r.firstPublishedPlace].filter(Boolean).join(', '),
    );
  }
  if (r.kind === 'kik') {
    add(t('motifs.ip.custodian'), r.custodian);
    add(
      t('motifs.ip.custodianWilayahCode'),
      r.custodianWilayahCode && <span className="code">{r.custodianWilayahCode}</span>,
    );
    add(
      t('motifs.ip.inventoryNumber'),
      r.inventoryNumber && <span className="code">{r.inventoryNumber}</span>,
    );
  }
  add(t('motifs.ip.requestNote'), r.requestNote);
  add(t('motifs.ip.notes'), r.notes);

  const number = r.recordNumber ?? r.applicationNumber ?? r.inventoryNumber ?? '';
  // A record the Dinas started itself is not "your request".
  const asked = r.events[0]?.toStatus === 'requested';
  const progress = r.status === 'draft' && !asked ? 'motifs.progress.draftByDinas' : PROGRESS[r.status];

  return (
    <article className="ip-card" aria-labelledby={titleId}>
      <div className="item-head">
        <h3 id={titleId} className="ip-card-title">
          {t(IP_KIND_LABEL[r.kind])}
        </h3>
        <IpStatusBadge kind={r.kind} status={r.status} />
      </div>
      {forArtisan && (
        <p className={`ip-progress ip-progress-${r.status}`}>
          {t(progress, {
            number,
            kind: t(IP_KIND_LABEL[r.kind]),
            status: t(ipStatusKey(r.kind, 'recorded')),
          })}
        </p>
      )}
      {rows.length > 0 && (
        <dl className="dl">
          {rows.map(([label, value]) => (
            <Row key={label} label={label}>
              {value}
            </Row>
          ))}
        </dl>
      )}
      {/* "What to fill in for the term" is the officer's task: an artisan is not asked to act on it. */}
      {!(forArtisan && r.term.state === 'missing') && (
        <div className={r.term.state === 'missing' ? 'ip-term ip-term-missing' : 'ip-term'}>
          <p className="ip-term-head">
            <span className="ip-term-label">{t('motifs.ip.term')}:</span>{' '}
            <strong>{termHeadline(r.term, t, lang)}</strong>
          </p>
          {r.term.state !== 'missing' && <p className="ip-term-rule">{r.term.rule[lang]}</p>}
          <p className="ip-term-source">{t('motifs.ip.legalSource', { source: r.term.legalSource })}</p>
        </div>
      )}
      {r.documents.length > 0 && (
        <div className="ip-docs">
          <h4>{t('motifs.ip.documents')}</h4>
          <ul className="plain-list">
            {r.documents.map((d) => (
              <li key={d.fileId} className="ip-doc">
                <a href={`/api/motifs/ip-documents/${d.fileId}`} download={d.fileName}>
                  {t(DOCUMENT_LABEL[d.label])}: {d.fileName}
                </a>{' '}
                <span className="muted">
                  ({fileSize(d.sizeBytes, lang)} · {date(d.uploadedAt)})
                </span>
                <ShaValue sha256={d.sha256} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <IpTimeline kind={r.kind} events={r.events} headingId={`ip-${r.id}-history`} />
      {canKeep && (
        <Suspense fallback={null}>
          <IpRecordTools motifId={motifId} record={r} />
        </Suspense>
      )}
    </article>
  );
}
