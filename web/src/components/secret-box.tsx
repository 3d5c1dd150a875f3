import { useRef, useState } from 'react';
import { useT } from '../lib/i18n';
import { Alert } from './alert';
import { Button } from './button';

export interface SecretBoxProps {
  title: string;
  value: string;
  warning: string;
}

/** A token or temporary password shown once, with a copy button. */
export function SecretBox({ title, value, warning }: SecretBoxProps) {
  const t = useT();
  const codeRef = useRef<HTMLElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      // No clipboard (plain http, old browser): select the text so the user can copy it.
      const node = codeRef.current;
      const selection = window.getSelection();
      if (node && selection) {
        const range = document.createRange();
        range.selectNodeContents(node);
        selection.removeAllRanges();
        selection.addRange(range);
      }
      setCopied('no');
    }
  }

  return (
    <Alert tone="warning" title={title}>
      <p>{warning}</p>
      <p className="secret">
        <code ref={codeRef}>{value}</code>
      </p>
      <Button variant="primary" onClick={copy}>
        {t('secret.copy')}
      </Button>
      <span className="secret-status" aria-live="polite">
        {copied === 'yes' ? t('secret.copied') : copied === 'no' ? t('secret.copyFailed') : ''}
      </span>
    </Alert>
  );
}
