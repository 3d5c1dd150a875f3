import { useT } from '../../../lib/i18n';

/** Says, politely, how many fields are wrong while the person types (the messages sit under the fields). */
export function LiveErrorCount({ count }: { count: number }) {
  const t = useT();
  return (
    <p className="sr-only" aria-live="polite">
      {count > 0 ? t('registry.liveErrors', { count }) : ''}
    </p>
  );
}
