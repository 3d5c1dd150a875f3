import { useState } from 'react';
import { PageHeader } from '../../components/page-header';
import type { ImportCommitResult, ImportPreview } from '../../features/registry-import/api/types';
import { ImportDone } from '../../features/registry-import/components/import-done';
import { PreviewPanel } from '../../features/registry-import/components/preview-panel';
import { TemplateCard } from '../../features/registry-import/components/template-card';
import { UploadForm } from '../../features/registry-import/components/upload-form';
import { useT } from '../../lib/i18n';

/** Import businesses from xlsx/csv: template, upload with progress, preview, commit, summary. */
export function RegistryImportPage() {
  const t = useT();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ImportCommitResult | null>(null);
  const again = () => {
    setPreview(null);
    setResult(null);
  };
  return (
    <>
      <PageHeader title={t('registryImport.title')} />
      <p className="lead">{t('registryImport.intro')}</p>
      {result ? (
        <ImportDone result={result} onAgain={again} />
      ) : preview ? (
        <PreviewPanel preview={preview} onCommitted={setResult} onAgain={again} />
      ) : (
        <>
          <TemplateCard />
          <UploadForm onPreview={setPreview} />
        </>
      )}
    </>
  );
}
