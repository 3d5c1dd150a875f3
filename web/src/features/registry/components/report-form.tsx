import { type FormEvent, useMemo, useState } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { TextAreaField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api-client';
import { focusFirstError } from '../../../lib/form';
import { formatDateTime } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import { useSaveReport } from '../api/save-report';
import { useSubmitReport } from '../api/submit-report';
import type { BusinessDetail, Report, ReportBody } from '../api/types';
import { FIGURE_NAMES, type FigureField, type FigureValues, figureValues, readFigures } from '../lib/figures';
import { errorsOf, reportSchema } from '../lib/schemas';
import { comparePeriods, type Period } from '../lib/semester';
import { useFieldErrors } from '../lib/use-field-errors';
import { FigureInputs } from './figure-inputs';
import { LiveErrorCount } from './live-error-count';
import { isReturned } from './reports-section';

/** What the Dinas needs in every report (the server refuses to receive a report without them). */
const REQUIRED_TO_SEND: readonly FigureField[] = [
  'workersMale',
  'workersFemale',
  'productionVolume',
  'productionValueIdr',
];
/** The short form an artisan fills in on a phone; the rest folds away. */
const MAIN: readonly FigureField[] = [
  'workersMale',
  'workersFemale',
  'productionVolume',
  'capacityUnit',
  'productionValueIdr',
  'rawMaterialValueIdr',
  'investmentIdr',
];
const MORE: readonly FigureField[] = FIGURE_NAMES.filter((name) => !MAIN.includes(name));

interface ReportValues extends FigureValues {
  note: string;
}

/** The figures to start from: this semester's report, else the latest earlier one, else the profile. */
function startingPoint(
  business: BusinessDetail,
  period: Period,
): { report?: Report; figures: Report['figures'] } {
  const report = business.reports.find((r) => r.year === period.year && r.semester === period.semester);
  if (report) return { report, figures: report.figures };
  const earlier = business.reports
    .filter((r) => comparePeriods(r as Period, period) < 0)
    .sort((a, b) => comparePeriods(b as Period, a as Period))[0];
  return { figures: earlier?.figures ?? business.figures };
}

export interface ReportFormProps {
  business: BusinessDetail;
  period: Period;
  isArtisan: boolean;
  onSubmitted: (report: Report) => void;
}

/** The semester's SIINas figures: large inputs, "Simpan draf" and "Kirim ke Dinas". */
export function ReportForm({ business, period, isArtisan, onSubmitted }: ReportFormProps) {
  const t = useT();
  const lang = useLang();
  const save = useSaveReport();
  const send = useSubmitReport();
  const start = useMemo(() => startingPoint(business, period), [business, period]);
  const existing = start.report;
  const returned = existing ? isReturned(existing) : false;
  const [values, setValues] = useState<ReportValues>(() => ({
    ...figureValues(start.figures),
    note: existing?.note ?? '',
  }));
  const [sending, setSending] = useState(false);
  const [saved, setSaved] = useState(false);
  const [moreOpen, setMoreOpen] = useState(false);

  const { figures, unreadable } = readFigures(values);
  const body: ReportBody = {
    ...figures,
    note: values.note.trim() || null,
  };
  const local = errorsOf(reportSchema, body, t);
  for (const [name, key] of Object.entries(unreadable)) local[name] = t(key);
  if (sending) {
    for (const name of REQUIRED_TO_SEND)
      if (figures[name] == null && !local[name]) local[name] = t('registry.report.requiredToSend');
  }
  const errors = useFieldErrors(local, values as unknown as Record<string, unknown>);
  const failure = save.error ?? send.error;
  const locked =
    existing?.status === 'verified' || (failure instanceof ApiError && failure.code === 'REPORT_LOCKED');

  function set(name: keyof ReportValues, text: string) {
    setValues((old) => ({ ...old, [name]: text }));
    setSaved(false);
    errors.typed(name);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const toDinas = submitter?.value === 'send';
    setSending(toDinas);
    setSaved(false);
    save.reset();
    send.reset();
    // The required-to-send rule joins on this render; check it here as well.
    const missing = toDinas ? REQUIRED_TO_SEND.filter((name) => figures[name] == null) : [];
    if (!errors.submit() || missing.length > 0) {
      if (missing.some((name) => MORE.includes(name))) setMoreOpen(true);
      focusFirstError(form);
      return;
    }
    try {
      await save.mutateAsync({ businessId: business.id, period, body });
      if (!toDinas) {
        setSaved(true);
        return;
      }
      const sent = await send.mutateAsync({ businessId: business.id, period });
      onSubmitted(sent);
    } catch (caught) {
      errors.fromServer(caught);
      if (caught instanceof ApiError && caught.fields.some((f) => MORE.includes(f.path as FigureField)))
        setMoreOpen(true);
      focusFirstError(form);
    }
  }

  const periodText = t('registry.report.periodInline', { semester: period.semester, year: period.year });
  const busy = save.isPending || send.isPending;

  if (locked) {
    return (
      <Alert tone="success" title={t('registry.report.lockedTitle')}>
        <p>
          {t('registry.report.lockedBody', {
            period: periodText,
            time: existing?.verifiedAt ? formatDateTime(existing.verifiedAt, lang) : '',
          })}
        </p>
      </Alert>
    );
  }

  return (
    <form className="form report-form" onSubmit={handleSubmit} noValidate>
      {returned && existing?.reviewNote && (
        <Alert tone="warning" title={t('registry.report.returnedTitle')}>
          <p>{existing.reviewNote}</p>
        </Alert>
      )}
      {existing?.status === 'submitted' && (
        <Alert tone="info">
          {t(isArtisan ? 'registry.report.submittedArtisan' : 'registry.report.submittedStaff', {
            time: formatDateTime(existing.submittedAt, lang),
          })}
        </Alert>
      )}
      {!existing && <p className="field-hint">{t('registry.report.prefilled')}</p>}
      <div aria-live="polite">
        {saved && <Alert tone="success">{t('registry.report.draftSaved', { period: periodText })}</Alert>}
        {errors.count > 0 && (
          <Alert tone="error" title={t('registry.formErrors', { count: errors.count })}>
            <p>{t('registry.formErrorsHint')}</p>
          </Alert>
        )}
        <ErrorAlert error={failure} fieldNames={[...FIGURE_NAMES, 'note']} />
      </div>
      <LiveErrorCount count={errors.live} />
      <FigureInputs
        className="input-large"
        fields={MAIN}
        values={values}
        onValue={set}
        error={(name) => errors.error(name)}
        onLeave={(name) => errors.left(name)}
      />
      <details
        className="more-figures"
        open={moreOpen}
        onToggle={(event) => setMoreOpen((event.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>{t('registry.report.moreFigures')}</summary>
        <div className="form">
          <FigureInputs
            className="input-large"
            fields={MORE}
            values={values}
            onValue={set}
            error={(name) => errors.error(name)}
            onLeave={(name) => errors.left(name)}
          />
        </div>
      </details>
      <TextAreaField
        label={t('registry.report.noteLabel')}
        name="note"
        hint={t('registry.report.noteHint')}
        rows={3}
        value={values.note}
        onChange={(event) => set('note', event.target.value)}
        onBlur={() => errors.left('note')}
        error={errors.error('note')}
      />
      <div className="form-actions report-buttons">
        <Button type="submit" name="action" value="draft" busy={busy && !sending}>
          {t('registry.report.saveDraft')}
        </Button>
        <Button type="submit" name="action" value="send" variant="primary" busy={busy && sending}>
          {t('registry.report.send')}
        </Button>
      </div>
    </form>
  );
}
