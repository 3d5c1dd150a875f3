import { useT } from '../../../lib/i18n';

/**
 * A SHA-256, short enough for a phone ("3f9a1c0b7d2e…"), the whole of it one tap away and in the
 * tooltip, so a person can compare it with `sha256sum` on their own copy.
 */
export function ShaValue({ sha256 }: { sha256: string }) {
  const t = useT();
  return (
    <details className="sha-details">
      <summary>
        <span className="sr-only">{t('motifs.sha256')} </span>
        <code title={sha256}>{sha256.slice(0, 12)}…</code>
      </summary>
      <code className="sha-full">{sha256}</code>
    </details>
  );
}
