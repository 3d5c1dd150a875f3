import { Select } from '../../../components/select';
import { TextAreaField, TextField } from '../../../components/text-field';
import { focusFirstError } from '../../../lib/form';
import { todayInJakarta } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { useAddScm } from '../api/add-scm';
import type { Contract } from '../api/types';
import { roman, SCM_STAGES } from '../lib/labels';
import { parsePercent } from '../lib/numbers';
import { useRecordForm } from '../lib/use-record-form';
import { PercentField } from './percent-field';
import { Subform } from './subform';

const FIELDS = ['stage', 'heldOn', 'targetPct', 'deadline', 'minutesNumber', 'notes'] as const;

export interface ScmFormProps {
  contractId: string;
  /** The stage the escalation says is due (I when none is held yet). */
  stage: number;
  onDone: (contract: Contract, stage: number) => void;
  onCancel: () => void;
}

/**
 * "Catat SCM": the meeting and the test case agreed in it: the cumulative progress to reach
 * (target uji coba) by a deadline, and the number of its Berita Acara.
 */
export function ScmForm({ contractId, stage, onDone, onCancel }: ScmFormProps) {
  const t = useT();
  const add = useAddScm();
  const form = useRecordForm(
    {
      stage: String(stage),
      heldOn: todayInJakarta(),
      targetPct: '',
      deadline: '',
      minutesNumber: '',
      notes: '',
    },
    add,
  );
  const { values, set, error } = form;

  return (
    <Subform
      id="scm-new"
      title={t('projects.scm.addTitle')}
      error={add.error}
      fieldNames={FIELDS}
      busy={add.isPending}
      onCancel={onCancel}
      onSubmit={(event) => {
        const element = event.currentTarget;
        const target = parsePercent(values.targetPct);
        const problems: Record<string, string> = {};
        if (target !== null && Number.isNaN(target)) problems.targetPct = t('projects.form.percentFormat');
        if (!form.check(event, ['heldOn', 'targetPct', 'deadline'], problems)) return;
        add.mutate(
          {
            contractId,
            body: {
              stage: Number(values.stage),
              heldOn: values.heldOn,
              targetPct: target ?? 0,
              deadline: values.deadline,
              minutesNumber: values.minutesNumber.trim() || null,
              notes: values.notes.trim() || null,
            },
          },
          {
            onSuccess: (contract) => onDone(contract, Number(values.stage)),
            onError: () => focusFirstError(element),
          },
        );
      }}
    >
      <Select
        label={t('projects.scm.stage')}
        name="stage"
        options={SCM_STAGES.map((s) => ({
          value: String(s),
          label: t('projects.scm.stageN', { stage: roman(s) }),
        }))}
        value={values.stage}
        onChange={(event) => set('stage', event.target.value)}
        error={error('stage')}
      />
      <TextField
        label={t('projects.scm.heldOn')}
        name="heldOn"
        type="date"
        required
        value={values.heldOn}
        onChange={(event) => set('heldOn', event.target.value)}
        error={error('heldOn')}
      />
      <div className="field-pair">
        <PercentField
          label={t('projects.scm.targetPct')}
          name="targetPct"
          hint={t('projects.scm.targetPctHint')}
          required
          value={values.targetPct}
          onChange={(event) => set('targetPct', event.target.value)}
          error={error('targetPct')}
        />
        <TextField
          label={t('projects.scm.deadline')}
          name="deadline"
          type="date"
          hint={t('projects.scm.deadlineHint')}
          required
          value={values.deadline}
          onChange={(event) => set('deadline', event.target.value)}
          error={error('deadline')}
        />
      </div>
      <TextField
        label={t('projects.scm.minutesNumber')}
        name="minutesNumber"
        autoComplete="off"
        value={values.minutesNumber}
        onChange={(event) => set('minutesNumber', event.target.value)}
        error={error('minutesNumber')}
      />
      <TextAreaField
        label={t('projects.notesOptional')}
        name="notes"
        rows={2}
        value={values.notes}
        onChange={(event) => set('notes', event.target.value)}
        error={error('notes')}
      />
    </Subform>
  );
}
