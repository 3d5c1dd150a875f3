import { useT } from '../lib/i18n';

export function Spinner({ label }: { label?: string }) {
  const t = useT();
  return (
    <p className="spinner" role="status">
      <span className="spinner-icon" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}
