import { useState } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { formatDate, formatRupiah } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import type { Contract } from '../api/types';
import { ADDENDUM_KIND_LABEL } from '../lib/labels';
import { daysBetween } from '../lib/numbers';
import { AddendumForm } from './addendum-form';

/** The contract's addenda, oldest first, and the end date they lead to. */
export function AddendaSection({ contract, canKeep }: { contract: Contract; canKeep: boolean }) {
  const t = useT();
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  return (
    <>
      <p>
        {t('projects.addendum.endLine', {
          end: formatDate(contract.endDate, lang),
          days: contract.durationDays,
        })}
        {contract.extendedEndDate !== contract.endDate && (
          <>
            {' '}
            {t('projects.addendum.extendedLine', {
              extended: formatDate(contract.extendedEndDate, lang),
              days: daysBetween(contract.spmkDate, contract.extendedEndDate) + 1,
            })}
          </>
        )}
      </p>
      <div aria-live="polite">{done && <Alert tone="success">{t('projects.addendum.added')}</Alert>}</div>
      {contract.addenda.length === 0 ? (
        <p className="empty">{t('projects.addendum.none')}</p>
      ) : (
        <ul className="item-list">
          {contract.addenda.map((a) => (
            <li key={a.id} className="item">
              <div className="item-head">
                <p className="item-title">{a.number}</p>
                <span className="badge">{t(ADDENDUM_KIND_LABEL[a.kind])}</span>
              </div>
              <p className="item-meta">
                {t('projects.addendum.signedLine', { date: formatDate(a.signedOn, lang) })}
                {a.extraDays > 0 && <> · {t('projects.addendum.daysLine', { days: a.extraDays })}</>}
                {a.newValueIdr && (
                  <>
                    {' '}
                    · {t('projects.addendum.valueLine', { value: formatRupiah(Number(a.newValueIdr), lang) })}
                  </>
                )}
              </p>
              <p className="item-meta">{a.reason}</p>
            </li>
          ))}
        </ul>
      )}
      {canKeep &&
        (open ? (
          <AddendumForm
            contractId={contract.id}
            onCancel={() => setOpen(false)}
            onDone={() => {
              setOpen(false);
              setDone(true);
            }}
          />
        ) : (
          <Button
            onClick={() => {
              setDone(false);
              setOpen(true);
            }}
          >
            {t('projects.addendum.add')}
          </Button>
        ))}
    </>
  );
}
