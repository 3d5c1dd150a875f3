import { useState } from 'react';
import { Button } from '../../../components/button';
import { ConfirmButton } from '../../../components/confirm-button';
import { ErrorAlert } from '../../../components/error-alert';
import { fileSize } from '../../../lib/file-size';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import { useDeleteMotifImage } from '../api/delete-motif-image';
import type { Motif, MotifImage } from '../api/types';
import { useUpdateMotifImage } from '../api/update-motif-image';
import { HELD_STATUSES } from '../lib/labels';
import { ImageUpload } from './image-upload';
import { ShaValue } from './sha-value';

/** The server's WebP sizes: each fits its longest edge, never enlarged (image-intake.ts). */
const VARIANT_EDGE = { thumb: 320, web: 1024, large: 2048 } as const;

function variantSize(image: MotifImage, size: keyof typeof VARIANT_EDGE) {
  const scale = Math.min(1, VARIANT_EDGE[size] / Math.max(image.width, image.height));
  return { width: Math.round(image.width * scale), height: Math.round(image.height * scale) };
}

function srcSet(image: MotifImage): string {
  return (['thumb', 'web', 'large'] as const)
    .map((size) => `${image.urls[size]} ${variantSize(image, size).width}w`)
    .join(', ');
}

export interface MotifGalleryProps {
  motif: Motif;
  canEdit: boolean;
}

/**
 * The motif's photos: the chosen one large (the phone takes the size it needs from srcset), the
 * others as thumbnails to switch. Each photo shows what makes it evidence: its SHA-256, who
 * uploaded it and when the server received it.
 */
export function MotifGallery({ motif, canEdit }: MotifGalleryProps) {
  const t = useT();
  const lang = useLang();
  const images = motif.images;
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const setPrimary = useUpdateMotifImage();
  const remove = useDeleteMotifImage();
  const chosen = images.find((i) => i.id === chosenId) ?? images.find((i) => i.isPrimary) ?? images[0];
  const index = chosen ? images.indexOf(chosen) : -1;
  const held = motif.ipRecords.some((r) => HELD_STATUSES.includes(r.status));

  function uploaded(next: MotifImage[]) {
    const known = new Set(images.map((i) => i.id));
    const added = next.find((i) => !known.has(i.id));
    if (added) setChosenId(added.id);
    // The upload field itself says "Foto ditambahkan."; an older message here would be stale.
    setDone(null);
  }

  return (
    <>
      <div aria-live="polite">
        {done && <p className="field-hint">{done}</p>}
        <ErrorAlert error={setPrimary.error ?? remove.error} />
      </div>
      {chosen ? (
        <div className="gallery">
          <figure className="gallery-main">
            <a href={chosen.urls.large} target="_blank" rel="noopener">
              <img
                src={chosen.urls.web}
                srcSet={srcSet(chosen)}
                sizes="(min-width: 48rem) 40rem, calc(100vw - 4rem)"
                {...variantSize(chosen, 'web')}
                alt={chosen.caption ?? t('motifs.gallery.alt', { name: motif.name, n: index + 1 })}
              />
            </a>
            <figcaption>
              {chosen.caption && <p className="gallery-line gallery-caption">{chosen.caption}</p>}
              <p className="gallery-line status-list">
                {chosen.isPrimary && <span className="badge badge-ok">{t('motifs.gallery.primary')}</span>}
                <span className="muted">
                  {t('motifs.gallery.position', { n: index + 1, total: images.length })}
                </span>
              </p>
            </figcaption>
          </figure>
          {images.length > 1 && (
            <ul className="gallery-thumbs" aria-label={t('motifs.gallery.thumbs')}>
              {images.map((image, i) => (
                <li key={image.id}>
                  <button
                    type="button"
                    className="gallery-thumb"
                    aria-pressed={image.id === chosen.id}
                    aria-label={t('motifs.gallery.show', { n: i + 1 })}
                    onClick={() => setChosenId(image.id)}
                  >
                    <img src={image.urls.thumb} loading="lazy" width={64} height={64} alt="" />
                  </button>
                </li>
              ))}
            </ul>
          )}
          <dl className="dl image-facts">
            <div className="dl-row">
              <dt>{t('motifs.gallery.file')}</dt>
              <dd>
                <a href={chosen.urls.original} download={chosen.fileName}>
                  {chosen.fileName}
                </a>{' '}
                <span className="muted">
                  ({fileSize(chosen.sizeBytes, lang)} · {formatNumber(chosen.width, lang)} ×{' '}
                  {formatNumber(chosen.height, lang)} px)
                </span>
              </dd>
            </div>
            <div className="dl-row">
              <dt>{t('motifs.sha256')}</dt>
              <dd>
                <ShaValue sha256={chosen.sha256} />
              </dd>
            </div>
            <div className="dl-row">
              <dt>{t('motifs.gallery.uploadedBy')}</dt>
              <dd>{chosen.uploadedByLabel}</dd>
            </div>
            <div className="dl-row">
              <dt>{t('motifs.gallery.uploadedAt')}</dt>
              <dd>
                <time dateTime={chosen.uploadedAt}>{formatDateTime(chosen.uploadedAt, lang)}</time>
              </dd>
            </div>
          </dl>
          {canEdit && (
            <div className="item-actions">
              {!chosen.isPrimary && (
                <Button
                  busy={setPrimary.isPending}
                  onClick={() =>
                    setPrimary.mutate(
                      { motifId: motif.id, imageId: chosen.id, body: { isPrimary: true } },
                      { onSuccess: () => setDone(t('motifs.gallery.primarySet')) },
                    )
                  }
                >
                  {t('motifs.gallery.makePrimary')}
                </Button>
              )}
              {held ? (
                <p className="field-hint">{t('motifs.gallery.held')}</p>
              ) : (
                <ConfirmButton
                  label={t('motifs.gallery.remove')}
                  question={t('motifs.gallery.removeConfirm')}
                  confirmLabel={t('motifs.gallery.removeYes')}
                  busy={remove.isPending}
                  onConfirm={() =>
                    remove.mutate(
                      { motifId: motif.id, imageId: chosen.id },
                      {
                        onSuccess: () => {
                          setChosenId(null);
                          setDone(t('motifs.gallery.removed'));
                        },
                      },
                    )
                  }
                />
              )}
            </div>
          )}
        </div>
      ) : (
        <p className="empty">{t('motifs.gallery.none')}</p>
      )}
      {canEdit && <ImageUpload motifId={motif.id} onUploaded={uploaded} />}
    </>
  );
}
