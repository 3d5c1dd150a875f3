import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/button';
import { Select } from '../../../components/select';
import { TextField } from '../../../components/text-field';
import { readForm } from '../../../lib/form';
import { useT } from '../../../lib/i18n';
import type { Period } from '../api/types';

export interface PeriodPickerProps {
  value: Period;
  onChange: (value: Period) => void;
}

/** Year and semester of the SIINas report. */
export function PeriodPicker({ value, onChange }: PeriodPickerProps) {
  const t = useT();
  const [error, setError] = useState<string>();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const v = readForm(event.currentTarget);
    const year = Number(v.year);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      setError(t('registryReports.yearError'));
      return;
    }
    setError(undefined);
    onChange({ year, semester: v.semester === '1' ? 1 : 2 });
  }

  return (
    <form
      key={`${value.year}-${value.semester}`}
      className="filters no-print"
      onSubmit={handleSubmit}
      noValidate
      aria-label={t('registryReports.periodLabel')}
    >
      <TextField
        label={t('registryReports.year')}
        name="year"
        type="number"
        inputMode="numeric"
        min={2000}
        max={2100}
        defaultValue={value.year}
        error={error}
      />
      <Select
        label={t('registryReports.semester')}
        name="semester"
        defaultValue={String(value.semester)}
        options={[
          { value: '1', label: t('registryReports.semester1') },
          { value: '2', label: t('registryReports.semester2') },
        ]}
      />
      <div className="filters-actions">
        <Button type="submit" variant="primary">
          {t('registryReports.show')}
        </Button>
      </div>
    </form>
  );
}
