import { formatNumber, formatRupiah } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import type { BoqItem } from '../api/types';
import { boqDivisions } from '../lib/boq';
import { formatWeight } from '../lib/numbers';

/** The RAB as a table: one heading row per division, each item with its weight (bobot). */
export function BoqTable({ items }: { items: readonly BoqItem[] }) {
  const t = useT();
  const lang = useLang();
  const divisions = boqDivisions(items);
  const total = items.reduce((s, i) => s + i.totalIdr, 0);
  const weights = items.reduce((s, i) => s + i.weightPct, 0);
  if (items.length === 0) return <p className="empty">{t('projects.boq.none')}</p>;
  return (
    <>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1) */}
      <section className="table-scroll" aria-label={t('projects.boq.divisionsCaption')} tabIndex={0}>
        <table>
          <caption className="sr-only">{t('projects.boq.divisionsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('projects.rab.colDivision')}</th>
              <th scope="col" className="num">
                {t('projects.boq.items')}
              </th>
              <th scope="col" className="num">
                {t('projects.boq.total')}
              </th>
              <th scope="col" className="num">
                {t('projects.boq.weight')}
              </th>
            </tr>
          </thead>
          <tbody>
            {divisions.map((d) => (
              <tr key={d.items[0]?.id ?? d.code}>
                <th scope="row">{t('projects.boq.division', { code: d.code })}</th>
                <td className="num">{d.items.length}</td>
                <td className="num nowrap">{formatRupiah(d.totalIdr, lang)}</td>
                <td className="num">{formatWeight(d.weightPct, lang)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('projects.boq.sum')}</th>
              <td className="num">{items.length}</td>
              <td className="num nowrap">{formatRupiah(total, lang)}</td>
              <td className="num">{formatWeight(weights, lang)}</td>
            </tr>
          </tfoot>
        </table>
      </section>
      <details className="boq-details">
        <summary>{t('projects.boq.showItems', { count: items.length })}</summary>
        <BoqItemsTable items={items} />
      </details>
    </>
  );
}

/** Every item with volume, unit price, amount and weight, one heading row per division. */
function BoqItemsTable({ items }: { items: readonly BoqItem[] }) {
  const t = useT();
  const lang = useLang();
  const divisions = boqDivisions(items);
  const total = items.reduce((s, i) => s + i.totalIdr, 0);
  const weights = items.reduce((s, i) => s + i.weightPct, 0);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-scroll" aria-label={t('projects.boq.caption')} tabIndex={0}>
      <table className="boq-table">
        <caption className="sr-only">{t('projects.boq.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('projects.boq.code')}</th>
            <th scope="col">{t('projects.boq.name')}</th>
            <th scope="col" className="num">
              {t('projects.boq.volume')}
            </th>
            <th scope="col">{t('projects.boq.unit')}</th>
            <th scope="col" className="num">
              {t('projects.boq.unitPrice')}
            </th>
            <th scope="col" className="num">
              {t('projects.boq.total')}
            </th>
            <th scope="col" className="num">
              {t('projects.boq.weight')}
            </th>
          </tr>
        </thead>
        {divisions.map((d) => (
          <tbody key={d.items[0]?.id ?? d.code}>
            <tr className="boq-division">
              <th scope="rowgroup" colSpan={5}>
                {t('projects.boq.division', { code: d.code })}
              </th>
              <td className="num nowrap">{formatRupiah(d.totalIdr, lang)}</td>
              <td className="num">{formatWeight(d.weightPct, lang)}</td>
            </tr>
            {d.items.map((i) => (
              <tr key={i.id}>
                <td>{i.code}</td>
                <td className="wide">{i.name}</td>
                <td className="num nowrap">{formatNumber(i.volume, lang)}</td>
                <td>{i.unit}</td>
                <td className="num nowrap">{formatRupiah(i.unitPriceIdr, lang)}</td>
                <td className="num nowrap">{formatRupiah(i.totalIdr, lang)}</td>
                <td className="num">{formatWeight(i.weightPct, lang)}</td>
              </tr>
            ))}
          </tbody>
        ))}
        <tfoot>
          <tr>
            <th scope="row" colSpan={5}>
              {t('projects.boq.sum')}
            </th>
            <td className="num nowrap">{formatRupiah(total, lang)}</td>
            <td className="num">{formatWeight(weights, lang)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
