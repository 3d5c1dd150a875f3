import { useState } from 'react';
import { Alert } from '../../../components/alert';
import { ErrorAlert } from '../../../components/error-alert';

/**
 * The editing state of a section that lists a business's items (people, products,
 * certifications): which item (or 'new') has its form open, and the last success message.
 */
export function useItemEditing() {
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return {
    editing,
    done,
    start: (id: string | 'new') => {
      setDone(null);
      setEditing(id);
    },
    cancel: () => setEditing(null),
    /** An onDone handler: close the form and announce the message. */
    finish: (message: string) => () => {
      setEditing(null);
      setDone(message);
    },
    announce: setDone,
  };
}

/** The section's announcements: the last success, or why a removal failed. */
export function ItemStatus({ done, error }: { done: string | null; error: unknown }) {
  return (
    <div aria-live="polite">
      {done && <Alert tone="success">{done}</Alert>}
      <ErrorAlert error={error} />
    </div>
  );
}
