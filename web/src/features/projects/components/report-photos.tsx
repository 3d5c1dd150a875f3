import { useState } from 'react';
import { PhotoUpload } from '../../../components/photo-upload';
import { Select } from '../../../components/select';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import type { BoqItem, WeeklyReport } from '../api/types';
import { MAX_PHOTO_BYTES, PHOTO_ACCEPT, useUploadReportPhoto } from '../api/upload-report-photo';

/** A site photo for the week, optionally tied to a RAB item, taken with the back camera. */
function SitePhotoUpload({
  contractId,
  report,
  boq,
}: {
  contractId: string;
  report: WeeklyReport;
  boq: readonly BoqItem[];
}) {
  const t = useT();
  const upload = useUploadReportPhoto();
  const [itemId, setItemId] = useState('');
  return (
    <PhotoUpload
      className="photo-upload"
      mutation={upload}
      variables={({ file, caption, onProgress }) => ({
        contractId,
        reportId: report.id,
        file,
        itemId: itemId || undefined,
        caption,
        onProgress,
      })}
      maxBytes={MAX_PHOTO_BYTES}
      accept={PHOTO_ACCEPT}
      capture="environment"
      text={{
        caption: t('projects.photos.caption'),
        upload: t('projects.photos.upload'),
        hint: t('projects.photos.hint'),
        uploading: (percent) => t('projects.photos.uploading', { percent }),
        processing: t('projects.photos.processing'),
        uploaded: t('projects.photos.uploaded'),
        tooBig: (size) => t('projects.photos.tooBig', { size }),
      }}
      extraFields={
        boq.length > 0 && (
          <Select
            label={t('projects.photos.item')}
            name="itemId"
            emptyLabel={t('projects.photos.noItem')}
            options={boq.map((i) => ({ value: i.id, label: `${i.division}.${i.code} ${i.name}` }))}
            value={itemId}
            disabled={upload.isPending}
            onChange={(event) => setItemId(event.target.value)}
          />
        )
      }
    />
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
      {canAdd && <SitePhotoUpload contractId={contractId} report={report} boq={boq} />}
    </>
  );
}
