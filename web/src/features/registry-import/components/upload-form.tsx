import { type FormEvent, useId, useState } from 'react';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { Spinner } from '../../../components/spinner';
import { describedBy, FieldShell } from '../../../components/text-field';
import { useT } from '../../../lib/i18n';
import type { ImportPreview } from '../api/types';
import { MAX_IMPORT_BYTES, useUploadImport } from '../api/upload-import';

const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/**
 * Choose a spreadsheet and upload it with a progress bar; then "checking" while the server reads
 * every row. The server judges the file by its content; the size is checked here first so a
 * phone on mobile data does not upload 20 MB for nothing.
 */
export function UploadForm({ onPreview }: { onPreview: (preview: ImportPreview) => void }) {
  const t = useT();
  const id = useId();
  const upload = useUploadImport();
  const [progress, setProgress] = useState<number | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const hint = t('registryImport.fileHint');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem('file') as HTMLInputElement;
    const file = input.files?.[0];
    const problem = !file
      ? t('registryImport.fileRequired')
      : file.size > MAX_IMPORT_BYTES
        ? t('registryImport.fileTooLarge')
        : undefined;
    setFileError(problem);
    if (!file || problem) {
      upload.reset();
      input.focus();
      return;
    }
    setProgress(0);
    upload.mutate(
      { file, onProgress: setProgress },
      { onSuccess: onPreview, onSettled: () => setProgress(null) },
    );
  }

  const sending = upload.isPending && progress !== null && progress < 1;
  const percent = Math.round((progress ?? 0) * 100);
  return (
    <form className="form card" onSubmit={handleSubmit} noValidate aria-busy={upload.isPending || undefined}>
      <h2>{t('registryImport.uploadTitle')}</h2>
      <div aria-live="polite">
        <ErrorAlert error={upload.error} />
      </div>
      <FieldShell id={id} label={t('registryImport.fileLabel')} hint={hint} error={fileError}>
        <input
          id={id}
          name="file"
          type="file"
          accept={ACCEPT}
          required
          aria-invalid={fileError ? true : undefined}
          aria-describedby={describedBy(id, hint, fileError)}
          onChange={() => setFileError(undefined)}
        />
      </FieldShell>
      <div aria-live="polite">
        {sending && (
          <p>
            <label htmlFor={`${id}-progress`}>{t('registryImport.uploading', { percent })}</label>
            <progress
              id={`${id}-progress`}
              max={100}
              value={percent}
              style={{ display: 'block', width: '100%' }}
            >
              {percent}%
            </progress>
          </p>
        )}
        {upload.isPending && !sending && <Spinner label={t('registryImport.checking')} />}
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={upload.isPending}>
          {t('registryImport.upload')}
        </Button>
      </div>
    </form>
  );
}
