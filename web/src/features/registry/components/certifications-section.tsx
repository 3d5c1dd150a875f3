import { useState } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { ConfirmButton } from '../../../components/confirm-button';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import { useDeleteCertification } from '../api/delete-certification';
import type { BusinessDetail } from '../api/types';
import { CERT_LABEL, TECHNIQUE_LABEL } from '../lib/labels';
import { CertificationDocument } from './certification-document';
import { CertificationForm } from './certification-form';

export interface CertificationsSectionProps {
  business: BusinessDetail;
  canEdit: boolean;
}

/** Sertifikasi: Batikmark, SNI 8302/8303/8304, halal, PIRT… with validity and the scanned document. */
export function CertificationsSection({ business, canEdit }: CertificationsSectionProps) {
  const t = useT();
  const lang = useLang();
  const remove = useDeleteCertification();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const finish = (message: string) => () => {
    setEditing(null);
    setDone(message);
  };

  return (
    <>
      <div aria-live="polite">
        {done && <Alert tone="success">{done}</Alert>}
        <ErrorAlert error={remove.error} />
      </div>
      {business.certifications.length === 0 ? (
        <p className="empty">{t('registry.cert.none')}</p>
      ) : (
        <ul className="item-list">
          {business.certifications.map((cert) => {
            const name = t(CERT_LABEL[cert.kind]);
            if (editing === cert.id) {
              return (
                <li key={cert.id}>
                  <CertificationForm
                    businessId={business.id}
                    certification={cert}
                    onDone={finish(t('common.saved'))}
                    onCancel={() => setEditing(null)}
                  />
                </li>
              );
            }
            return (
              <li key={cert.id} className="item">
                <div className="item-head">
                  <p className="item-title">
                    {name}
                    {cert.category && ` — ${t(TECHNIQUE_LABEL[cert.category])}`}
                  </p>
                  <span className={cert.isValid ? 'badge badge-ok' : 'badge badge-off'}>
                    {cert.isValid ? t('registry.cert.valid') : t('registry.cert.expired')}
                  </span>
                </div>
                <p className="item-meta">
                  {[
                    cert.number ? t('registry.cert.numberShort', { number: cert.number }) : '',
                    cert.issuer ?? '',
                    cert.issuedOn
                      ? t('registry.cert.issuedOnDate', { date: formatDate(cert.issuedOn, lang) })
                      : '',
                    cert.validUntil
                      ? t('registry.validUntilDate', { date: formatDate(cert.validUntil, lang) })
                      : t('registry.cert.noEnd'),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                <CertificationDocument businessId={business.id} certification={cert} canEdit={canEdit} />
                {canEdit && (
                  <div className="item-actions">
                    <Button
                      onClick={() => {
                        setDone(null);
                        setEditing(cert.id);
                      }}
                    >
                      {t('common.edit')}
                      <span className="sr-only"> {name}</span>
                    </Button>
                    <ConfirmButton
                      label={t('registry.cert.remove')}
                      question={t('registry.cert.removeConfirm', { name })}
                      confirmLabel={t('registry.cert.removeYes')}
                      busy={remove.isPending && remove.variables?.certificationId === cert.id}
                      onConfirm={() =>
                        remove.mutate(
                          { businessId: business.id, certificationId: cert.id },
                          { onSuccess: () => setDone(t('registry.cert.removed', { name })) },
                        )
                      }
                    />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {canEdit &&
        (editing === 'new' ? (
          <CertificationForm
            businessId={business.id}
            onDone={finish(t('registry.cert.added'))}
            onCancel={() => setEditing(null)}
          />
        ) : (
          <Button
            onClick={() => {
              setDone(null);
              setEditing('new');
            }}
          >
            {t('registry.cert.add')}
          </Button>
        ))}
    </>
  );
}
