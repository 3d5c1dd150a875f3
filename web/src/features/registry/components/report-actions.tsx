import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { TextAreaField } from '../../../components/text-field';
import { useT } from '../../../lib/i18n';
import { useReturnReport } from '../api/return-report';
import type { Report } from '../api/types';
import { useVerifyReport } from '../api/verify-report';

const MIN_NOTE = 3;

export interface ReportActionsProps {
  businessId: string;
  report: Report;
  onDone?: (what: 'verified' | 'returned') => void;
}

/** Staff on a submitted report: "Verifikasi", or "Kembalikan" with a note for the artisan. */
export function ReportActions({ businessId, report, onDone }: ReportActionsProps) {
  const t = useT();
  const verify = useVerifyReport();
  const giveBack = useReturnReport();
  const [returning, setReturning] = useState(false);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | undefined>();
  const period = { year: report.year, semester: report.semester as 1 | 2 };
  const periodText = t('registry.report.periodInline', { semester: report.semester, year: report.year });

  function handleReturn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (note.trim().length < MIN_NOTE) {
      setNoteError(t('registry.report.returnNoteShort', { min: MIN_NOTE }));
      return;
    }
    giveBack.mutate(
      { businessId, period, note: note.trim() },
      {
        onSuccess: () => {
          setReturning(false);
          setNote('');
          onDone?.('returned');
        },
      },
    );
  }

  return (
    <div className="report-actions">
      <div aria-live="polite">
        <ErrorAlert error={verify.error ?? giveBack.error} fieldNames={['note']} />
      </div>
      {!returning ? (
        <div className="item-actions">
          <Button
            variant="primary"
            busy={verify.isPending}
            onClick={() => verify.mutate({ businessId, period }, { onSuccess: () => onDone?.('verified') })}
          >
            {t('registry.report.verify')}
            <span className="sr-only"> {periodText}</span>
          </Button>
          <Button onClick={() => setReturning(true)}>
            {t('registry.report.return')}
            <span className="sr-only"> {periodText}</span>
          </Button>
        </div>
      ) : (
        <form className="form subform" onSubmit={handleReturn} noValidate>
          <TextAreaField
            label={t('registry.report.returnNote')}
            name="note"
            hint={t('registry.report.returnNoteHint')}
            rows={3}
            required
            value={note}
            onChange={(event) => {
              setNote(event.target.value);
              if (noteError && event.target.value.trim().length >= MIN_NOTE) setNoteError(undefined);
            }}
            error={noteError}
          />
          <div className="form-actions">
            <Button type="submit" variant="danger" busy={giveBack.isPending}>
              {t('registry.report.returnSend')}
            </Button>
            <Button variant="quiet" onClick={() => setReturning(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
