import { formatNumber } from '../lib/format';
import { useLang, useT } from '../lib/i18n';
import { Button } from './button';

export interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
}

/**
 * Deliberately not a <nav>: the page keeps a single navigation landmark (the main menu), so tests
 * and screen-reader users find it without ambiguity.
 */
export function Pagination({ page, pageSize, total, onChange }: PaginationProps) {
  const t = useT();
  const lang = useLang();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const status = t('pagination.status', {
    page: formatNumber(page, lang),
    pages: formatNumber(pages, lang),
    total: formatNumber(total, lang),
  });
  if (pages <= 1 && page <= 1) return <p className="pagination-status">{status}</p>;
  return (
    <div className="pagination">
      <Button onClick={() => onChange(page - 1)} disabled={page <= 1}>
        {t('pagination.previous')}
      </Button>
      <p aria-live="polite">{status}</p>
      <Button onClick={() => onChange(page + 1)} disabled={page >= pages}>
        {t('pagination.next')}
      </Button>
    </div>
  );
}
