import { useEffect, useRef, useState } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { Spinner } from '../../../components/spinner';
import { type Column, Table } from '../../../components/table';
import { formatNumber } from '../../../lib/format';
import { type MessageKey, useLang, useT } from '../../../lib/i18n';
import { useCommitImport } from '../api/commit-import';
import type {
  ImportAction,
  ImportCommitResult,
  ImportMode,
  ImportPreview,
  ImportPreviewRow,
  ImportProblem,
} from '../api/types';

const ACTION: Record<ImportAction, { key: MessageKey; badge: string }> = {
  create: { key: 'registryImport.actionCreate', badge: 'badge badge-create' },
  update: { key: 'registryImport.actionUpdate', badge: 'badge badge-update' },
  invalid: { key: 'registryImport.actionInvalid', badge: 'badge badge-off' },
};

interface PreviewPanelProps {
  preview: ImportPreview;
  onCommitted: (result: ImportCommitResult) => void;
  onAgain: () => void;
}

/** What the file holds and what importing it would do, with the two ways to import. */
export function PreviewPanel({ preview, onCommitted, onAgain }: PreviewPanelProps) {
  const t = useT();
  const lang = useLang();
  const commit = useCommitImport();
  const [mode, setMode] = useState<ImportMode | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const n = (value: number) => formatNumber(value, lang);

  // Screen readers and keyboards land on the result of the upload, not at the top of the page.
  useEffect(() => heading.current?.focus(), []);

  function run(chosen: ImportMode) {
    setMode(chosen);
    commit.mutate({ importId: preview.importId, mode: chosen }, { onSuccess: onCommitted });
  }

  const counts: [MessageKey, number][] = [
    ['registryImport.totalRows', preview.totalRows],
    ['registryImport.validRows', preview.validRows],
    ['registryImport.invalidRows', preview.invalidRows],
    ['registryImport.toCreate', preview.toCreate],
    ['registryImport.toUpdate', preview.toUpdate],
  ];
  const problemColumns: Column<ImportProblem>[] = [
    { key: 'row', header: t('registryImport.colRow'), cell: (p) => p.row },
    { key: 'column', header: t('registryImport.colColumn'), cell: (p) => p.column },
    { key: 'value', header: t('registryImport.colValue'), cell: (p) => p.value || '—' },
    { key: 'reason', header: t('registryImport.colReason'), cell: (p) => p.reason },
  ];
  const rowColumns: Column<ImportPreviewRow>[] = [
    { key: 'row', header: t('registryImport.colRow'), cell: (r) => r.row },
    { key: 'name', header: t('registryImport.colName'), cell: (r) => r.name ?? '—' },
    { key: 'nib', header: t('registryImport.colNib'), cell: (r) => r.nib ?? '—' },
    { key: 'wilayah', header: t('registryImport.colWilayah'), cell: (r) => r.wilayahCode ?? '—' },
    {
      key: 'action',
      header: t('registryImport.colAction'),
      cell: (r) => <span className={ACTION[r.action].badge}>{t(ACTION[r.action].key)}</span>,
    },
  ];

  return (
    <section aria-labelledby="import-preview-title">
      <h2 id="import-preview-title" ref={heading} tabIndex={-1}>
        {t('registryImport.previewTitle', { file: preview.fileName })}
      </h2>
      <dl className="dl card">
        {counts.map(([key, value]) => (
          <div className="dl-row" key={key}>
            <dt>{t(key)}</dt>
            <dd>{n(value)}</dd>
          </div>
        ))}
      </dl>

      <div className="section">
        <h3>{t('registryImport.problemsTitle')}</h3>
        {preview.problemCount === 0 ? (
          <Alert tone="success">{t('registryImport.noProblems')}</Alert>
        ) : (
          <>
            <Table
              caption={t('registryImport.problemsCaption')}
              columns={problemColumns}
              rows={preview.problems}
              rowKey={(p) => `${p.row}-${p.column}-${p.reason}`}
              empty={t('registryImport.noProblems')}
            />
            {preview.problemCount > preview.problems.length && (
              <p className="muted">
                {t('registryImport.problemsMore', {
                  shown: n(preview.problems.length),
                  total: n(preview.problemCount),
                })}
              </p>
            )}
          </>
        )}
      </div>

      <div className="section">
        <h3>{t('registryImport.rowsTitle')}</h3>
        <Table
          caption={t('registryImport.rowsCaption')}
          columns={rowColumns}
          rows={preview.preview}
          rowKey={(r) => String(r.row)}
          empty={t('registryImport.noRows')}
        />
        {preview.totalRows > preview.preview.length && (
          <p className="muted">
            {t('registryImport.rowsMore', { shown: n(preview.preview.length), total: n(preview.totalRows) })}
          </p>
        )}
      </div>

      <div className="section card">
        <p>
          {t('registryImport.commitHint', { valid: n(preview.validRows), invalid: n(preview.invalidRows) })}
        </p>
        <div aria-live="polite">
          <ErrorAlert error={commit.error} />
          {commit.isPending && <Spinner label={t('registryImport.committing')} />}
        </div>
        <div className="form-actions">
          <Button
            variant="primary"
            busy={commit.isPending && mode === 'valid-only'}
            disabled={commit.isPending || preview.validRows === 0}
            onClick={() => run('valid-only')}
          >
            {t('registryImport.commitValid')}
          </Button>
          <Button
            busy={commit.isPending && mode === 'all-or-nothing'}
            disabled={commit.isPending}
            onClick={() => run('all-or-nothing')}
          >
            {t('registryImport.commitAll')}
          </Button>
          <Button variant="quiet" disabled={commit.isPending} onClick={onAgain}>
            {t('registryImport.again')}
          </Button>
        </div>
      </div>
    </section>
  );
}
