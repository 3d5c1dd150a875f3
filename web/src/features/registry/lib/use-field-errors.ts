import { useCallback, useEffect, useRef, useState } from 'react';
import { fieldErrors } from '../../../lib/api-client';

/** Wait this long after the last keystroke before saying a field is wrong (not at the first digit). */
const TYPING_PAUSE_MS = 600;

type Values = Record<string, unknown>;

function topField(name: string): string {
  return name.split('.')[0] ?? name;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Field errors as the person types: the form's own rules (`local`, recomputed from the current
 * values on every render) appear once a field was left or typing paused, and at once after a
 * submit; they disappear as soon as the value is right. The server's field errors stay under a
 * field until its value changes. Each message is tied to its input by aria-describedby; the
 * number of fields in error goes to a polite live region (see LiveErrorCount), so a screen reader
 * hears that something is wrong without the message being repeated on the page.
 */
export function useFieldErrors(local: Record<string, string>, values: Values) {
  const [seen, setSeen] = useState<ReadonlySet<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<{ errors: Record<string, string>; values: Values } | null>(null);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending.values()) clearTimeout(timer);
    };
  }, []);

  const reveal = useCallback((name: string) => {
    setSeen((old) => (old.has(name) ? old : new Set(old).add(name)));
  }, []);

  const error = useCallback(
    (name: string): string | undefined => {
      const own = submitted || seen.has(name) || seen.has(topField(name)) ? local[name] : undefined;
      if (own) return own;
      if (server && name in server.errors && same(values[topField(name)], server.values[topField(name)])) {
        return server.errors[name];
      }
      return undefined;
    },
    [local, seen, submitted, server, values],
  );

  const shownCount = Object.keys(local).filter((name) => error(name)).length;

  return {
    error,
    /** Call from onChange: the field's error shows once typing pauses. */
    typed(name: string) {
      const pending = timers.current.get(name);
      if (pending) clearTimeout(pending);
      timers.current.set(
        name,
        setTimeout(() => reveal(name), TYPING_PAUSE_MS),
      );
    },
    /** Call from onBlur: the field's error shows at once. */
    left(name: string) {
      reveal(name);
    },
    /** After a submit attempt every error shows. Returns true when the form's own rules pass. */
    submit(): boolean {
      setSubmitted(true);
      setServer(null);
      return Object.keys(local).length === 0;
    },
    /** Keep the server's field errors (from a failed save) next to the values that caused them. */
    fromServer(failure: unknown) {
      setServer({ errors: fieldErrors(failure), values });
    },
    /** Fields showing one of the form's own errors while typing (0 after a submit: the summary says it). */
    live: submitted ? 0 : shownCount,
    /** Names with an error to show now (for the summary after a submit). */
    count: submitted ? Object.keys(local).length : 0,
  };
}
