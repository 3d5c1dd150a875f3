import { useState } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { type Column, Table } from '../../../components/table';
import { formatDate, formatRupiah } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import { dakSummaryUrl } from '../api/downloads';
import type { Contract, DakTransfer, Payment, ProjectStatus } from '../api/types';
import { roman, TAHAP3_ITEM_LABEL } from '../lib/labels';
import { formatPct } from '../lib/numbers';
import { DakTransferForm } from './dak-transfer-form';
import { PaymentForm } from './payment-form';

export interface FinanceSectionProps {
  contract: Contract;
  status: ProjectStatus | undefined;
  canKeep: boolean;
}

/**
 * Money: payments with their SP2D against the contract value, the DAK funds received per tranche,
 * whether tahap II and tahap III can be asked for (each condition with its source), and the
 * LRPD-CO figures as a spreadsheet.
 */
export function FinanceSection({ contract, status, canKeep }: FinanceSectionProps) {
  const t = useT();
  const lang = useLang();
  const [open, setOpen] = useState<'payment' | 'dak' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const rupiah = (n: number | string) => formatRupiah(Number(n), lang);
  const dak = status?.dak;

  const paymentColumns: Column<Payment>[] = [
    { key: 'term', header: t('projects.payment.term'), cell: (p) => p.term },
    { key: 'sp2d', header: t('projects.payment.sp2d'), cell: (p) => p.sp2dNumber },
    {
      key: 'paidOn',
      header: t('projects.payment.paidOn'),
      className: 'nowrap',
      cell: (p) => formatDate(p.paidOn, lang),
    },
    {
      key: 'amount',
      header: t('projects.payment.amount'),
      className: 'num nowrap',
      cell: (p) => rupiah(p.amountIdr),
    },
  ];
  const transferColumns: Column<DakTransfer>[] = [
    {
      key: 'tranche',
      header: t('projects.dak.tranche'),
      cell: (d) => t('projects.dak.trancheN', { n: roman(d.tranche) }),
    },
    {
      key: 'receivedOn',
      header: t('projects.dak.receivedOn'),
      className: 'nowrap',
      cell: (d) => formatDate(d.receivedOn, lang),
    },
    {
      key: 'amount',
      header: t('projects.dak.amount'),
      className: 'num nowrap',
      cell: (d) => rupiah(d.amountIdr),
    },
  ];

  const start = (which: 'payment' | 'dak') => {
    setDone(null);
    setOpen(which);
  };

  return (
    <>
      {status && (
        <p>
          {t('projects.finance.summary', {
            paid: rupiah(status.money.paidIdr),
            value: rupiah(status.money.contractValueIdr),
            financial: formatPct(status.money.financialPct, lang),
            physical: formatPct(status.money.physicalPct, lang),
          })}
        </p>
      )}
      <div aria-live="polite">{done && <Alert tone="success">{done}</Alert>}</div>

      <h3>{t('projects.payment.title')}</h3>
      <Table
        caption={t('projects.payment.title')}
        columns={paymentColumns}
        rows={contract.payments}
        rowKey={(p) => p.id}
        empty={t('projects.payment.none')}
      />
      {canKeep &&
        (open === 'payment' ? (
          <PaymentForm
            contractId={contract.id}
            onCancel={() => setOpen(null)}
            onDone={() => {
              setOpen(null);
              setDone(t('projects.payment.added'));
            }}
          />
        ) : (
          <Button onClick={() => start('payment')}>{t('projects.payment.add')}</Button>
        ))}

      <h3>{t('projects.dak.title')}</h3>
      <p className="field-hint">
        {t('projects.dak.allocationLine', {
          allocation: rupiah(contract.allocationIdr),
          funding: contract.funding,
        })}
      </p>
      <Table
        caption={t('projects.dak.transfers')}
        columns={transferColumns}
        rows={contract.dakTransfers}
        rowKey={(d) => d.id}
        empty={t('projects.dak.none')}
      />
      {canKeep &&
        (open === 'dak' ? (
          <DakTransferForm
            contractId={contract.id}
            onCancel={() => setOpen(null)}
            onDone={() => {
              setOpen(null);
              setDone(t('projects.dak.added'));
            }}
          />
        ) : (
          <Button onClick={() => start('dak')}>{t('projects.dak.add')}</Button>
        ))}

      {dak && (
        <>
          <h3>{t('projects.dak.tahap2')}</h3>
          <p>
            <span className={dak.tahap2.eligible ? 'badge badge-ok' : 'badge badge-warn'}>
              {dak.tahap2.eligible ? t('projects.dak.eligible') : t('projects.dak.notEligible')}
            </span>{' '}
            {dak.tahap2.eligible && <strong>{rupiah(dak.tahap2.amountIdr)}</strong>}
          </p>
          <p>{dak.tahap2.explanation[lang]}</p>
          <p className="legal">{t('projects.legalSource', { source: dak.tahap2.legalSource })}</p>

          <h3>{t('projects.dak.tahap3')}</h3>
          <p>
            <span className={dak.tahap3.ready ? 'badge badge-ok' : 'badge badge-warn'}>
              {dak.tahap3.ready ? t('projects.dak.ready') : t('projects.dak.notReady')}
            </span>{' '}
            {dak.tahap3.explanation[lang]}
          </p>
          <ul className="checklist" aria-label={t('projects.dak.checklist')}>
            {dak.tahap3.items.map((item) => {
              const label = TAHAP3_ITEM_LABEL[item.item];
              return (
                <li key={item.item} className={item.met ? 'check-met' : 'check-unmet'}>
                  <span className="check-mark" aria-hidden="true">
                    {item.met ? '✓' : '✗'}
                  </span>
                  <span>
                    <strong>{label ? t(label) : item.item}</strong>{' '}
                    <span className="sr-only">
                      {item.met ? t('projects.dak.met') : t('projects.dak.unmet')}
                    </span>
                    <span className="check-explanation">{item.explanation[lang]}</span>
                  </span>
                </li>
              );
            })}
          </ul>
          {dak.tahap3.items[0]?.legalSource && (
            <p className="legal">{t('projects.legalSource', { source: dak.tahap3.items[0].legalSource })}</p>
          )}

          <h3>{t('projects.dak.lrpdCo')}</h3>
          <p>{dak.lrpdCo.explanation[lang]}</p>
        </>
      )}
      <p>
        <a href={dakSummaryUrl(contract.id)} download className="btn btn-secondary">
          {t('projects.dak.download')}
        </a>
      </p>
    </>
  );
}
