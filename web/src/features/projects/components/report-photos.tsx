import { useId, useRef, useState } from 'react';
import { Select } from '../../../components/select';
import { Spinner } from '../../../components/spinner';
import { describedBy, FieldShell, TextField } from '../../../components/text-field';
import { errorMessage } from '../../../lib/api-client';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import { fileSize } from '../../motifs/lib/file-size';
import type { BoqItem, WeeklyReport } from '../api/types';
import { MAX_PHOTO_BYTES, PHOTO_ACCEPT, useUploadReportPhoto } from '../api/upload-report-photo';

function PhotoUpload({
  contractId,
  report,
  boq,
}: {
  contractId: string;
  report: WeeklyReport;
  boq: readonly BoqItem[];
}) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const upload = useUploadReportPhoto();
  const inputRef = useRef<HTMLInputElement>(null);
  const [caption, setCaption] = useState('');
  const [itemId, setItemId] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [uploaded, setUploaded] = useState(false);

  function choose(file: File | undefined) {
    setProblem(null);
    setUploaded(false);
    upload.reset();
    if (!file) return;
    if (file.size > MAX_PHOTO_BYTES) {
      setProblem(t('projects.photos.tooBig', { size: fileSize(file.size, lang) }));
      return;
    }
    setProgress(0);
    upload.mutate(
      {
        contractId,
        reportId: report.id,
        file,
        itemId: itemId || undefined,
        caption: caption.trim() || undefined,
        onProgress: setProgress,
      },
      {
        onSuccess: () => {
          setUploaded(true);
          setCaption('');
          if (inputRef.current) inputRef.current.value = '';
        },
        onSettled: () => setProgress(null),
      },
    );
  }

  const message = problem ?? (upload.error ? errorMessage(upload.error, t) : undefined);
  const hint = t('projects.photos.hint');
  const percent = Math.round((progress ?? 0) * 100);
  const sending = upload.isPending && progress !== null && progress < 1;

  return (
    <div className="photo-upload" aria-busy={upload.isPending || undefined}>
      <TextField
        label={t('projects.photos.caption')}
        name="caption"
        autoComplete="off"
        maxLength={300}
        value={caption}
        disabled={upload.isPending}
        onChange={(event) => setCaption(event.target.value)}
      />
      {boq.length > 0 && (
        <Select
          label={t('projects.photos.item')}
          name="itemId"
          emptyLabel={t('projects.photos.noItem')}
          options={boq.map((i) => ({ value: i.id, label: `${i.division}.${i.code} ${i.name}` }))}
          value={itemId}
          disabled={upload.isPending}
          onChange={(event) => setItemId(event.target.value)}
        />
      )}
      <FieldShell id={id} label={t('projects.photos.upload')} hint={hint} error={message}>
        <input
          ref={inputRef}
          id={id}
          name="file"
          type="file"
          accept={PHOTO_ACCEPT}
          capture="environment"
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy(id, hint, message)}
          disabled={upload.isPending}
          onChange={(event) => choose(event.target.files?.[0])}
        />
      </FieldShell>
      <div aria-live="polite">
        {sending && (
          <p className="upload-progress">
            <label htmlFor={`${id}-progress`}>{t('projects.photos.uploading', { percent })}</label>
            <progress id={`${id}-progress`} className="upload-bar" max={100} value={percent}>
              {percent}%
            </progress>
          </p>
        )}
        {upload.isPending && !sending && <Spinner label={t('projects.photos.processing')} />}
        {uploaded && !upload.isPending && <p className="field-hint">{t('projects.photos.uploaded')}</p>}
      </div>
    </div>
  );
}

export interface ReportPhotosProps {
  contractId: string;
  report: WeeklyReport;
  boq: readonly BoqItem[];
  /** A draft report of a keeper takes new photos; an approved one is locked. */
  canAdd: boolean;
}

/**
 * Site photos of the week: each with what makes it evidence: the camera's own time and GPS
 * position when the phone wrote them, who uploaded it and when, its SHA-256.
 */
export function ReportPhotos({ contractId, report, boq, canAdd }: ReportPhotosProps) {
  const t = useT();
  const lang = useLang();
  const itemName = new Map(boq.map((i) => [i.id, `${i.division}.${i.code} ${i.name}`]));
  const coordinate = (n: number) => formatNumber(Math.round(n * 1e5) / 1e5, lang);
  return (
    <>
      {report.photos.length === 0 ? (
        <p className="empty">{t('projects.photos.none')}</p>
      ) : (
        <ul className="photo-list">
          {report.photos.map((p, index) => (
            <li key={p.id} className="photo">
              <a href={p.url} target="_blank" rel="noopener">
                <img
                  src={p.thumbUrl}
                  alt={p.caption ?? t('projects.photos.alt', { week: report.week, n: index + 1 })}
                  loading="lazy"
                />
              </a>
              <div className="photo-meta">
                {p.caption && <p className="photo-caption">{p.caption}</p>}
                {p.itemId && <p>{itemName.get(p.itemId) ?? ''}</p>}
                <p>
                  {p.takenAt
                    ? t('projects.photos.takenAt', { time: p.takenAt })
                    : t('projects.photos.noExif')}
                  {p.latitude != null && p.longitude != null && (
                    <>
                      {' '}
                      · GPS {coordinate(p.latitude)}, {coordinate(p.longitude)}
                    </>
                  )}
                </p>
                <p>
                  {t('projects.photos.uploadedBy', {
                    who: p.uploadedByLabel,
                    time: formatDateTime(p.uploadedAt, lang),
                  })}
                </p>
                <p className="sha">SHA-256 {p.sha256.slice(0, 16)}…</p>
              </div>
            </li>
          ))}
        </ul>
      )}
      {canAdd && <PhotoUpload contractId={contractId} report={report} boq={boq} />}
    </>
  );
}
