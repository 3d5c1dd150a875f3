import type { FormEvent, ReactNode } from 'react';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { useT } from '../../../lib/i18n';

export interface SubformProps {
  id: string;
  title: string;
  error: unknown;
  /** Inputs that show the server's field messages themselves. */
  fieldNames: readonly string[];
  busy: boolean;
  submitLabel?: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  children: ReactNode;
}

/** A small form opened inside a section (SCM, letter, addendum, payment): a named form region. */
export function Subform({
  id,
  title,
  error,
  fieldNames,
  busy,
  submitLabel,
  onSubmit,
  onCancel,
  children,
}: SubformProps) {
  const t = useT();
  return (
    <form className="form subform" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <div aria-live="polite">
        <ErrorAlert error={error} fieldNames={fieldNames} />
      </div>
      {children}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy}>
          {submitLabel ?? t('common.save')}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
