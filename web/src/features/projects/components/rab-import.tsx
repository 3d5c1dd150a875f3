import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { Spinner } from '../../../components/spinner';
import { type Column, Table } from '../../../components/table';
import { describedBy, FieldShell } from '../../../components/text-field';
import { formatNumber, formatRupiah } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import { MAX_RAB_BYTES, RAB_ACCEPT, useImportBoq } from '../api/import-boq';
import type { BoqImportResult, Contract, RuleProblem } from '../api/types';
import { formatPct } from '../lib/numbers';

type Division = BoqImportResult['divisions'][number];

function UploadProgress({
  id,
  progress,
  checking,
}: {
  id: string;
  progress: number | null;
  checking: boolean;
}) {
  const t = useT();
  const percent = Math.round((progress ?? 0) * 100);
  const sending = progress !== null && progress < 1;
  return (
    <div aria-live="polite">
      {sending && (
        <p>
          <label htmlFor={`${id}-progress`}>{t('projects.rab.uploading', { percent })}</label>
          <progress id={`${id}-progress`} className="upload-bar" max={100} value={percent}>
            {percent}%
          </progress>
        </p>
      )}
      {checking && !sending && <Spinner label={t('projects.rab.checking')} />}
    </div>
  );
}

function Preview({
  contract,
  byItemReports,
  file,
  preview,
  onCommitted,
  onAgain,
}: {
  contract: Contract;
  byItemReports: readonly number[];
  file: File;
  preview: BoqImportResult;
  onCommitted: (result: BoqImportResult) => void;
  onAgain: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const commit = useImportBoq();
  const [progress, setProgress] = useState<number | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const n = (value: number) => formatNumber(value, lang);
  const contractWeeks = Math.ceil(contract.durationDays / 7);

  // Screen readers and keyboards land on the result of the upload, not at the top of the page.
  useEffect(() => heading.current?.focus(), []);

  const divisionColumns: Column<Division>[] = [
    { key: 'code', header: t('projects.rab.colDivision'), cell: (d) => d.code },
    { key: 'name', header: t('projects.rab.colName'), className: 'wide', cell: (d) => d.name },
    {
      key: 'total',
      header: t('projects.rab.colTotal'),
      className: 'num nowrap',
      cell: (d) => formatRupiah(d.total, lang),
    },
  ];
  const problemColumns: Column<RuleProblem>[] = [
    { key: 'row', header: t('projects.rab.colRow'), className: 'num', cell: (p) => p.row ?? '—' },
    { key: 'message', header: t('projects.rab.colProblem'), className: 'wide', cell: (p) => p.message[lang] },
  ];
  const figures: [string, string][] = [
    [t('projects.rab.sheet'), preview.sheet],
    [t('projects.rab.items'), n(preview.itemCount)],
    [t('projects.rab.divisions'), n(preview.divisions.length)],
    [
      t('projects.rab.weeks'),
      t('projects.rab.weeksOf', { weeks: n(preview.weeks), contract: n(contractWeeks) }),
    ],
    [t('projects.rab.total'), formatRupiah(preview.boqTotalIdr, lang)],
    [t('projects.rab.sumWeights'), formatPct(preview.sumWeightsPct, lang)],
    [t('projects.rab.planFinal'), formatPct(preview.planFinalCumPct, lang)],
  ];

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('projects.rab.previewTitle', { file: file.name })}
      </h2>
      <dl className="dl card rab-figures">
        {figures.map(([label, value]) => (
          <div className="dl-row" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      <div className="section">
        <h3>{t('projects.rab.problemsTitle')}</h3>
        {preview.problems.length === 0 ? (
          <Alert tone="success">{t('projects.rab.noProblems')}</Alert>
        ) : (
          <>
            <p className="field-hint">{t('projects.rab.problemsHint')}</p>
            <Table
              caption={t('projects.rab.problemsTitle')}
              columns={problemColumns}
              rows={preview.problems}
              rowKey={(p) => `${p.code}-${p.row ?? ''}-${p.message.id}`}
              empty={t('projects.rab.noProblems')}
            />
          </>
        )}
      </div>

      <div className="section">
        <h3>{t('projects.rab.divisionsTitle')}</h3>
        <Table
          caption={t('projects.rab.divisionsTitle')}
          columns={divisionColumns}
          rows={preview.divisions}
          rowKey={(d) => d.code}
          empty={t('projects.rab.noItems')}
        />
      </div>

      <div className="section card">
        <p>
          {contract.boqItemCount > 0
            ? t('projects.rab.replaceHint', { items: n(contract.boqItemCount) })
            : t('projects.rab.commitHint')}
        </p>
        {byItemReports.length > 0 && (
          <Alert tone="warning">
            <p>{t('projects.rab.byItemWarning', { weeks: byItemReports.join(', ') })}</p>
          </Alert>
        )}
        <div aria-live="polite">
          <ErrorAlert error={commit.error} />
        </div>
        <UploadProgress id={id} progress={progress} checking={commit.isPending} />
        <div className="form-actions">
          <Button
            variant="primary"
            busy={commit.isPending}
            disabled={preview.itemCount === 0}
            onClick={() => {
              setProgress(0);
              commit.mutate(
                { contractId: contract.id, file, commit: true, onProgress: setProgress },
                { onSuccess: onCommitted, onSettled: () => setProgress(null) },
              );
            }}
          >
            {t('projects.rab.commit')}
          </Button>
          <Button variant="quiet" disabled={commit.isPending} onClick={onAgain}>
            {t('projects.rab.again')}
          </Button>
        </div>
      </div>
    </section>
  );
}

export interface RabImportProps {
  contract: Contract;
  /** Weeks whose draft report was entered per item: their item figures belong to the current RAB. */
  byItemReports: readonly number[];
  onCommitted: (result: BoqImportResult) => void;
}

/**
 * The RAB + kurva S workbook from the consultant: upload (with progress), the preview of what
 * the server read (items, divisions with totals, the weights' sum, problems by row), then
 * "Simpan RAB". The server's messages are shown as they come.
 */
export function RabImport({ contract, byItemReports, onCommitted }: RabImportProps) {
  const t = useT();
  const id = useId();
  const upload = useImportBoq();
  const [progress, setProgress] = useState<number | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [chosen, setChosen] = useState<{ file: File; preview: BoqImportResult } | null>(null);
  const hint = t('projects.rab.fileHint');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem('file') as HTMLInputElement;
    const file = input.files?.[0];
    const problem = !file
      ? t('projects.rab.fileRequired')
      : file.size > MAX_RAB_BYTES
        ? t('projects.rab.fileTooLarge')
        : undefined;
    setFileError(problem);
    if (!file || problem) {
      upload.reset();
      input.focus();
      return;
    }
    setProgress(0);
    upload.mutate(
      { contractId: contract.id, file, commit: false, onProgress: setProgress },
      { onSuccess: (preview) => setChosen({ file, preview }), onSettled: () => setProgress(null) },
    );
  }

  if (chosen) {
    return (
      <Preview
        contract={contract}
        byItemReports={byItemReports}
        file={chosen.file}
        preview={chosen.preview}
        onCommitted={onCommitted}
        onAgain={() => {
          upload.reset();
          setChosen(null);
        }}
      />
    );
  }

  return (
    <form className="form card" onSubmit={handleSubmit} noValidate aria-busy={upload.isPending || undefined}>
      <h2>{t('projects.rab.uploadTitle')}</h2>
      <div aria-live="polite">
        <ErrorAlert error={upload.error} />
      </div>
      <FieldShell id={id} label={t('projects.rab.fileLabel')} hint={hint} error={fileError}>
        <input
          id={id}
          name="file"
          type="file"
          accept={RAB_ACCEPT}
          required
          aria-invalid={fileError ? true : undefined}
          aria-describedby={describedBy(id, hint, fileError)}
          onChange={() => setFileError(undefined)}
        />
      </FieldShell>
      <UploadProgress id={id} progress={progress} checking={upload.isPending} />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={upload.isPending}>
          {t('projects.rab.upload')}
        </Button>
      </div>
    </form>
  );
}
