import { type FormEvent, useMemo, useState } from 'react';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { Select } from '../../../components/select';
import { TextAreaField } from '../../../components/text-field';
import { ApiError, fieldErrors } from '../../../lib/api-client';
import { focusFirstError } from '../../../lib/form';
import { formatDateRange } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import { useSaveReport } from '../api/save-report';
import type { BoqItem, StatusWeek, WeeklyReport, WeeklyReportBody } from '../api/types';
import { boqDivisions } from '../lib/boq';
import { formatPct, formatPoints, formatWeight, parsePercent, percentInputText } from '../lib/numbers';
import { deviationClass } from './badges';
import { PercentField } from './percent-field';

type Mode = 'cumulative' | 'items';

const itemField = (id: string) => `item-${id}`;

/** The week a new report most likely is for: the one after the latest report. */
function nextWeek(weeks: readonly StatusWeek[], reports: readonly WeeklyReport[]): number {
  const last = Math.max(0, ...reports.map((r) => r.week));
  return Math.min(weeks.length || 1, last + 1);
}

export interface WeeklyReportFormProps {
  contractId: string;
  weeks: readonly StatusWeek[];
  boq: readonly BoqItem[];
  reports: readonly WeeklyReport[];
  /** Absent: a new report. */
  report?: WeeklyReport | undefined;
  /** From `?minggu=`: the week chosen in the weekly table. */
  initialWeek?: number | undefined;
  onSaved: (report: WeeklyReport, created: boolean) => void;
}

/**
 * The supervisor's weekly figures, made for a phone: the week (with its dates), then either the
 * cumulative progress from the supervisor's report or each item's progress (grouped by division,
 * the divisions planned for that week open). The server refuses a week outside the contract, a
 * week reported twice, progress going down or above 100; its message is shown as it comes.
 */
export function WeeklyReportForm({
  contractId,
  weeks,
  boq,
  reports,
  report,
  initialWeek,
  onSaved,
}: WeeklyReportFormProps) {
  const t = useT();
  const lang = useLang();
  const save = useSaveReport();
  const [week, setWeek] = useState(() => String(report?.week ?? initialWeek ?? nextWeek(weeks, reports)));
  const [mode, setMode] = useState<Mode>(report?.byItem ? 'items' : 'cumulative');
  const [actual, setActual] = useState(() =>
    report && !report.byItem ? percentInputText(report.actualCumPct) : '',
  );
  const [notes, setNotes] = useState(report?.notes ?? '');
  const weekNo = Number(week);
  const others = reports.filter((r) => r.id !== report?.id);
  const earlier = others
    .filter((r) => r.week < weekNo)
    .sort((a, b) => a.week - b.week)
    .at(-1);

  // Each item starts from this report's figures, else the latest earlier report's (it cannot go down).
  const startItems = useMemo(() => {
    const source = report?.byItem ? report : earlier;
    return Object.fromEntries(
      boq.map((item) => {
        const found = source?.items.find((i) => i.itemId === item.id);
        return [item.id, found ? percentInputText(found.progressPct) : ''];
      }),
    );
  }, [report, earlier, boq]);
  const [items, setItems] = useState<Record<string, string>>(startItems);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set());

  const planWeek = weeks.find((w) => w.week === weekNo);
  const divisions = boqDivisions(boq);
  const weightOf = new Map(boq.map((i) => [i.id, i.weightPct]));

  // The server names an item by its place in the list sent (`items.3.progressPct`); items left
  // empty are not sent (the server keeps their previous figure), so keep the order that was sent.
  const [sentIds, setSentIds] = useState<string[]>([]);
  const inputOf = (path: string) => {
    const match = /^items\.(\d+)\./.exec(path);
    const itemId = match ? sentIds[Number(match[1])] : undefined;
    return itemId ? itemField(itemId) : path;
  };
  const server: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrors(save.error))) server[inputOf(path)] = message;
  const error = (name: string) => local[name] ?? server[name];

  // What the server will compute: each item's weight × its progress; an empty item keeps the
  // earlier report's figure.
  const carried = new Map((earlier?.items ?? []).map((i) => [i.itemId, i.progressPct]));
  const computed =
    mode === 'items'
      ? boq.reduce((sum, item) => {
          const value = parsePercent(items[item.id] ?? '');
          const progress = value == null ? (carried.get(item.id) ?? 0) : value;
          return sum + (Number.isNaN(progress) ? 0 : (item.weightPct * progress) / 100);
        }, 0)
      : parsePercent(actual);
  const shownActual = computed == null || Number.isNaN(computed) ? null : computed;
  const deviation = shownActual != null && planWeek ? shownActual - planWeek.planCumPct : null;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const problems: Record<string, string> = {};
    let body: WeeklyReportBody;
    if (mode === 'cumulative') {
      const value = parsePercent(actual);
      if (value === null) problems.actualCumPct = t('form.required');
      else if (Number.isNaN(value)) problems.actualCumPct = t('projects.form.percentFormat');
      body = { week: weekNo, actualCumPct: value ?? 0, items: null, notes: notes.trim() || null };
    } else {
      const sent: { itemId: string; progressPct: number }[] = [];
      for (const item of boq) {
        const value = parsePercent(items[item.id] ?? '');
        if (value === null) continue;
        if (Number.isNaN(value)) problems[itemField(item.id)] = t('projects.form.percentFormat');
        else sent.push({ itemId: item.id, progressPct: value });
      }
      setSentIds(sent.map((i) => i.itemId));
      body = { week: weekNo, actualCumPct: null, items: sent, notes: notes.trim() || null };
    }
    setLocal(problems);
    const openWithErrors = (names: string[]) =>
      setOpened(
        new Set(
          divisions.filter((d) => d.items.some((i) => names.includes(itemField(i.id)))).map((d) => d.code),
        ),
      );
    if (Object.keys(problems).length > 0) {
      save.reset();
      openWithErrors(Object.keys(problems));
      focusFirstError(form);
      return;
    }
    save.mutate(
      { contractId, reportId: report?.id, body },
      {
        onSuccess: (saved) => onSaved(saved, !report),
        onError: (failure) => {
          if (failure instanceof ApiError) {
            const sentNow = body.items ?? [];
            openWithErrors(
              failure.fields.map((f) => {
                const match = /^items\.(\d+)\./.exec(f.path);
                const itemId = match ? sentNow[Number(match[1])]?.itemId : undefined;
                return itemId ? itemField(itemId) : f.path;
              }),
            );
          }
          focusFirstError(form);
        },
      },
    );
  }

  const weekOptions = weeks.map((w) => {
    const taken = others.some((r) => r.week === w.week);
    const label = t('projects.report.weekOption', {
      week: w.week,
      period: formatDateRange(w.startDate, w.endDate, lang, true),
    });
    return { value: String(w.week), label: taken ? `${label} — ${t('projects.report.weekTaken')}` : label };
  });
  // The server's `items.N.progressPct` shows under the item's input.
  const fieldNames = [
    'week',
    'actualCumPct',
    'items',
    'notes',
    ...boq.map((_, i) => `items.${i}.progressPct`),
  ];

  return (
    <form className="form weekly-form" onSubmit={handleSubmit} noValidate aria-labelledby="weekly-form-title">
      <h2 id="weekly-form-title" className="sr-only">
        {t('projects.report.formTitle')}
      </h2>
      <div aria-live="polite">
        <ErrorAlert error={save.error} fieldNames={fieldNames} />
      </div>
      <Select
        label={t('projects.report.week')}
        name="week"
        className="input-large"
        options={weekOptions}
        value={week}
        onChange={(event) => setWeek(event.target.value)}
        error={error('week')}
      />
      {planWeek && (
        <p className="field-hint plan-hint">
          {t('projects.report.planHint', { plan: formatPct(planWeek.planCumPct, lang) })}
          {earlier && (
            <>
              {' '}
              {t('projects.report.previousHint', {
                week: earlier.week,
                actual: formatPct(earlier.actualCumPct, lang),
              })}
            </>
          )}
        </p>
      )}

      <fieldset className="fieldset mode-choice">
        <legend>{t('projects.report.mode')}</legend>
        <div className="field-check">
          <input
            id="mode-cumulative"
            type="radio"
            name="mode"
            value="cumulative"
            checked={mode === 'cumulative'}
            onChange={() => setMode('cumulative')}
          />
          <label htmlFor="mode-cumulative">{t('projects.report.modeCumulative')}</label>
        </div>
        <div className="field-check">
          <input
            id="mode-items"
            type="radio"
            name="mode"
            value="items"
            checked={mode === 'items'}
            disabled={boq.length === 0}
            onChange={() => setMode('items')}
          />
          <label htmlFor="mode-items">
            {t('projects.report.modeItems')}
            {boq.length === 0 && <span className="field-hint"> {t('projects.report.noBoq')}</span>}
          </label>
        </div>
      </fieldset>

      {mode === 'cumulative' ? (
        <PercentField
          label={t('projects.report.actualCumPct')}
          name="actualCumPct"
          className="input-large"
          hint={t('projects.report.actualCumPctHint')}
          value={actual}
          onChange={(event) => setActual(event.target.value)}
          error={error('actualCumPct')}
        />
      ) : (
        <div className="item-progress">
          <p className="field-hint">{t('projects.report.itemsHint')}</p>
          {divisions.map((d) => {
            const planned = d.items.some((i) => (i.weekShares[week] ?? 0) > 0);
            return (
              <details
                key={`${d.code}-${d.items[0]?.id}`}
                className="division-group"
                open={planned || opened.has(d.code)}
              >
                <summary>
                  {t('projects.boq.division', { code: d.code })} ·{' '}
                  {t('projects.report.divisionSummary', {
                    count: d.items.length,
                    weight: formatWeight(d.weightPct, lang),
                  })}
                </summary>
                <div className="item-inputs">
                  {d.items.map((item) => (
                    <PercentField
                      key={item.id}
                      label={`${item.code}. ${item.name} (%)`}
                      name={itemField(item.id)}
                      hint={t('projects.report.itemHint', {
                        weight: formatWeight(weightOf.get(item.id) ?? 0, lang),
                      })}
                      value={items[item.id] ?? ''}
                      onChange={(event) => setItems((old) => ({ ...old, [item.id]: event.target.value }))}
                      error={error(itemField(item.id))}
                    />
                  ))}
                </div>
              </details>
            );
          })}
        </div>
      )}

      <p className="computed" aria-live="polite">
        {shownActual != null && (
          <>
            {mode === 'items'
              ? t('projects.report.computed', { actual: formatPct(shownActual, lang) })
              : t('projects.report.willBe', { actual: formatPct(shownActual, lang) })}
            {deviation != null && (
              <>
                {' · '}
                <span className={deviationClass(deviation)}>
                  {t('projects.report.deviationPreview', { value: formatPoints(deviation, lang) })}
                </span>
              </>
            )}
          </>
        )}
      </p>

      <TextAreaField
        label={t('projects.report.notes')}
        name="notes"
        hint={t('projects.report.notesHint')}
        rows={3}
        value={notes}
        onChange={(event) => setNotes(event.target.value)}
        error={error('notes')}
      />
      <div className="form-actions report-buttons">
        <Button type="submit" variant="primary" busy={save.isPending}>
          {report ? t('common.save') : t('projects.report.save')}
        </Button>
      </div>
    </form>
  );
}
