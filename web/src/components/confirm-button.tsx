import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../lib/i18n';
import { Button } from './button';

export interface ConfirmButtonProps {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  busy?: boolean;
  variant?: 'danger' | 'secondary';
}

/** A two-step button for actions that cannot be undone, without a modal dialog. */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  busy = false,
  variant = 'danger',
}: ConfirmButtonProps) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const startRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const askedRef = useRef(false);
  const questionId = useId();

  // Keep keyboard focus on the control that replaced the one just pressed.
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (askedRef.current) startRef.current?.focus();
    askedRef.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <Button ref={startRef} variant={variant} onClick={() => setAsking(true)} busy={busy}>
        {label}
      </Button>
    );
  }
  return (
    <span className="confirm">
      <span className="confirm-question" id={questionId}>
        {question}
      </span>
      <Button
        ref={confirmRef}
        aria-describedby={questionId}
        variant={variant}
        busy={busy}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </Button>
      <Button variant="quiet" onClick={() => setAsking(false)}>
        {t('common.cancel')}
      </Button>
    </span>
  );
}
