import { type FormEvent, useState } from 'react';
import { fieldErrors } from '../../../lib/api-client';
import { focusFirstError } from '../../../lib/form';
import { useT } from '../../../lib/i18n';

interface MutationLike {
  error: unknown;
  reset: () => void;
}

/**
 * The state of one small record form: its values as typed, the form's own messages (required,
 * unreadable number) and the server's, shown under the field they name.
 */
export function useRecordForm<V extends Record<string, string>>(initial: V, mutation: MutationLike) {
  const t = useT();
  const [values, setValues] = useState<V>(initial);
  const [local, setLocal] = useState<Record<string, string>>({});
  const server = fieldErrors(mutation.error);
  return {
    values,
    set(name: keyof V, value: string) {
      setValues((old) => ({ ...old, [name]: value }));
    },
    error: (name: string): string | undefined => local[name] ?? server[name],
    /**
     * Checks the required fields and the problems found while reading the values; returns true
     * when the form may be sent. On failure the focus moves to the first field in error.
     */
    check(
      event: FormEvent<HTMLFormElement>,
      required: readonly (keyof V)[],
      problems: Record<string, string> = {},
    ) {
      event.preventDefault();
      const all = { ...problems };
      for (const name of required) if (!values[name]?.trim()) all[name as string] = t('form.required');
      setLocal(all);
      if (Object.keys(all).length > 0) {
        mutation.reset();
        focusFirstError(event.currentTarget);
        return false;
      }
      return true;
    },
    reset() {
      setValues(initial);
      setLocal({});
      mutation.reset();
    },
  };
}
