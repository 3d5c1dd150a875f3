import { useId, useRef, useState } from 'react';
import { Spinner } from '../../../components/spinner';
import { describedBy, FieldShell, TextField } from '../../../components/text-field';
import { errorMessage } from '../../../lib/api-client';
import { useLang, useT } from '../../../lib/i18n';
import type { MotifImage } from '../api/types';
import { IMAGE_ACCEPT, MAX_IMAGE_BYTES, useUploadMotifImage } from '../api/upload-motif-image';
import { fileSize } from '../lib/file-size';

export interface ImageUploadProps {
  motifId: string;
  onUploaded: (images: MotifImage[]) => void;
}

/**
 * "Tambah foto motif" from a phone: choosing the photo sends it at once, with a progress bar.
 * The server judges the content (a real JPEG, PNG or WebP; not a file it already holds) and its
 * message is shown as it comes; only the size is checked here, to spare mobile data.
 */
export function ImageUpload({ motifId, onUploaded }: ImageUploadProps) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const upload = useUploadMotifImage();
  const inputRef = useRef<HTMLInputElement>(null);
  const [caption, setCaption] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [uploaded, setUploaded] = useState(false);

  function choose(file: File | undefined) {
    setProblem(null);
    setUploaded(false);
    upload.reset();
    if (!file) return;
    if (file.size > MAX_IMAGE_BYTES) {
      setProblem(t('motifs.gallery.tooBig', { size: fileSize(file.size, lang) }));
      return;
    }
    setProgress(0);
    upload.mutate(
      { motifId, file, caption: caption.trim() || undefined, onProgress: setProgress },
      {
        onSuccess: (images) => {
          setUploaded(true);
          setCaption('');
          if (inputRef.current) inputRef.current.value = '';
          onUploaded(images);
        },
        onSettled: () => setProgress(null),
      },
    );
  }

  const message = problem ?? (upload.error ? errorMessage(upload.error, t) : undefined);
  const hint = t('motifs.gallery.uploadHint');
  const percent = Math.round((progress ?? 0) * 100);
  const sending = upload.isPending && progress !== null && progress < 1;

  return (
    <div className="image-upload" aria-busy={upload.isPending || undefined}>
      <TextField
        label={t('motifs.gallery.caption')}
        name="caption"
        autoComplete="off"
        maxLength={300}
        value={caption}
        disabled={upload.isPending}
        onChange={(event) => setCaption(event.target.value)}
      />
      <FieldShell id={id} label={t('motifs.gallery.upload')} hint={hint} error={message}>
        <input
          ref={inputRef}
          id={id}
          name="file"
          type="file"
          accept={IMAGE_ACCEPT}
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy(id, hint, message)}
          disabled={upload.isPending}
          onChange={(event) => choose(event.target.files?.[0])}
        />
      </FieldShell>
      <div aria-live="polite">
        {sending && (
          <p className="upload-progress">
            <label htmlFor={`${id}-progress`}>{t('motifs.gallery.uploading', { percent })}</label>
            <progress id={`${id}-progress`} max={100} value={percent}>
              {percent}%
            </progress>
          </p>
        )}
        {upload.isPending && !sending && <Spinner label={t('motifs.gallery.processing')} />}
        {uploaded && !upload.isPending && <p className="field-hint">{t('motifs.gallery.uploaded')}</p>}
      </div>
    </div>
  );
}
