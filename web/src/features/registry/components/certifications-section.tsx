import { Button } from '../../../components/button';
import { ConfirmButton } from '../../../components/confirm-button';
import { formatDate } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import { useDeleteCertification } from '../api/delete-certification';
import type { BusinessDetail } from '../api/types';
import { CERT_LABEL, TECHNIQUE_LABEL } from '../lib/labels';
import { CertificationDocument } from './certification-document';
import { CertificationForm } from './certification-form';
import { ItemStatus, useItemEditing } from './item-editing';

export interface CertificationsSectionProps {
  business: BusinessDetail;
  canEdit: boolean;
}

/** Sertifikasi: Batikmark, SNI 8302/8303/8304, halal, PIRT… with validity and the scanned document. */
export function CertificationsSection({ business, canEdit }: CertificationsSectionProps) {
  const t = useT();
  const lang = useLang();
  const remove = useDeleteCertification();
  const item = useItemEditing();

  return (
    <>
      <ItemStatus done={item.done} error={remove.error} />
      {business.certifications.length === 0 ? (
        <p className="empty">{t('registry.cert.none')}</p>
      ) : (
        <ul className="item-list">
          {business.certifications.map((cert) => {
            const name = t(CERT_LABEL[cert.kind]);
            if (item.editing === cert.id) {
              return (
                <li key={cert.id}>
                  <CertificationForm
                    businessId={business.id}
                    certification={cert}
                    onDone={item.finish(t('common.saved'))}
                    onCancel={item.cancel}
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
                        item.start(cert.id);
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
                          { onSuccess: () => item.announce(t('registry.cert.removed', { name })) },
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
        (item.editing === 'new' ? (
          <CertificationForm
            businessId={business.id}
            onDone={item.finish(t('registry.cert.added'))}
            onCancel={item.cancel}
          />
        ) : (
          <Button
            onClick={() => {
              item.start('new');
            }}
          >
            {t('registry.cert.add')}
          </Button>
        ))}
    </>
  );
}
