import { Link } from '../../../components/link';
import { formatNumber } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import type { BusinessList, BusinessQuery } from '../api/types';
import { isOneOf, SIZE_CLASSES, SIZE_LABEL, TECHNIQUE_LABEL, TECHNIQUES } from '../lib/labels';
import { listPath } from '../lib/list-query';

export interface BusinessCountsProps {
  list: BusinessList;
  query: BusinessQuery;
}

/** Non-zero counts, known keys in their usual order (mikro → besar), any other key last. */
function inOrder(counts: Record<string, number>, order: readonly string[]): [string, number][] {
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => rank(a) - rank(b));
}

/** The total and the matches per size class and technique; each chip narrows the list to it. */
export function BusinessCounts({ list, query }: BusinessCountsProps) {
  const t = useT();
  const lang = useLang();
  const sizes = inOrder(list.counts.bySizeClass, SIZE_CLASSES);
  const techniques = inOrder(list.counts.byTechnique, TECHNIQUES);
  const sizeLabel = (key: string) =>
    isOneOf(SIZE_CLASSES, key) ? t(SIZE_LABEL[key]) : t('registry.size.unknown');
  const techniqueLabel = (key: string) => (isOneOf(TECHNIQUES, key) ? t(TECHNIQUE_LABEL[key]) : key);
  return (
    <div className="counts">
      <p className="counts-total" aria-live="polite">
        {t('registry.total', { count: formatNumber(list.total, lang) })}
      </p>
      {sizes.length > 0 && (
        <div className="chip-row">
          <span className="chip-row-label">{t('registry.sizeClass')}:</span>
          <ul className="chip-list">
            {sizes.map(([key, n]) => {
              const active = query.sizeClass === key;
              const to = listPath({
                ...query,
                sizeClass: active || !isOneOf(SIZE_CLASSES, key) ? undefined : key,
                page: 1,
              });
              return (
                <li key={key}>
                  <Link to={to} className="chip chip-link" aria-current={active ? 'true' : undefined}>
                    {sizeLabel(key)} <strong>{formatNumber(n, lang)}</strong>
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {techniques.length > 0 && (
        <div className="chip-row">
          <span className="chip-row-label">{t('registry.technique')}:</span>
          <ul className="chip-list">
            {techniques.map(([key, n]) => {
              const active = query.technique === key;
              const to = listPath({
                ...query,
                technique: active || !isOneOf(TECHNIQUES, key) ? undefined : key,
                page: 1,
              });
              return (
                <li key={key}>
                  <Link to={to} className="chip chip-link" aria-current={active ? 'true' : undefined}>
                    {techniqueLabel(key)} <strong>{formatNumber(n, lang)}</strong>
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
