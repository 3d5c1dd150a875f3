import { useId, useRef, useState } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { formatNumber } from '../../../lib/format';
import { type Lang, useLang, useT } from '../../../lib/i18n';
import type { Certification } from '../api/types';
import {
  DOCUMENT_TYPES,
  MAX_DOCUMENT_BYTES,
  useUploadCertificationDocument,
} from '../api/upload-certification-document';

function fileSize(bytes: number, lang: Lang): string {
  if (bytes >= 1024 * 1024) return `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10, lang)} MB`;
  return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), lang)} KB`;
}

export interface CertificationDocumentProps {
  businessId: string;
  certification: Certification;
  canEdit: boolean;
}

/** The scanned certificate: download it, or upload one (PDF, JPEG or PNG up to 10 MB). */
export function CertificationDocument({ businessId, certification, canEdit }: CertificationDocumentProps) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const upload = useUploadCertificationDocument();
  const inputRef = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [uploaded, setUploaded] = useState(false);
  const doc = certification.document;

  function choose(file: File | undefined) {
    setProblem(null);
    setUploaded(false);
    if (!file) return;
    if (file.type && !DOCUMENT_TYPES.includes(file.type)) {
      setProblem(t('registry.cert.docWrongType'));
      return;
    }
    if (file.size > MAX_DOCUMENT_BYTES) {
      setProblem(t('registry.cert.docTooBig', { size: fileSize(file.size, lang) }));
      return;
    }
    upload.mutate(
      { businessId, certificationId: certification.id, file },
      {
        onSuccess: () => {
          setUploaded(true);
          if (inputRef.current) inputRef.current.value = '';
        },
      },
    );
  }

  const message = problem ?? (upload.error ? errorMessage(upload.error, t) : null);

  return (
    <div className="cert-doc">
      {doc ? (
        <p className="item-meta">
          {t('registry.cert.document')}:{' '}
          <a href={`/api/registry/files/${doc.id}`} download={doc.fileName}>
            {doc.fileName}
          </a>{' '}
          <span className="muted">({fileSize(doc.sizeBytes, lang)})</span>
          <span className="sha" title={t('registry.cert.sha256')}>
            SHA-256 {doc.sha256.slice(0, 12)}…
          </span>
        </p>
      ) : (
        <p className="item-meta muted">{t('registry.cert.noDocument')}</p>
      )}
      {canEdit && (
        <div className={message ? 'field field-invalid' : 'field'}>
          <label htmlFor={id}>
            {doc ? t('registry.cert.replaceDocument') : t('registry.cert.uploadDocument')}
          </label>
          <p id={`${id}-hint`} className="field-hint">
            {t('registry.cert.documentHint')}
          </p>
          <input
            ref={inputRef}
            id={id}
            type="file"
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            aria-describedby={message ? `${id}-hint ${id}-error` : `${id}-hint`}
            aria-invalid={message ? true : undefined}
            disabled={upload.isPending}
            onChange={(event) => choose(event.target.files?.[0])}
          />
          <div aria-live="polite">
            {upload.isPending && <p className="field-hint">{t('registry.cert.uploading')}</p>}
            {uploaded && !upload.isPending && <p className="field-hint">{t('registry.cert.uploaded')}</p>}
            {message && (
              <p id={`${id}-error`} className="field-error">
                {message}
              </p>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
