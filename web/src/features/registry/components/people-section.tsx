import { Button } from '../../../components/button';
import { ConfirmButton } from '../../../components/confirm-button';
import { formatDate } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import { useDeletePerson } from '../api/delete-person';
import type { BusinessDetail } from '../api/types';
import { PERSON_ROLE_LABEL } from '../lib/labels';
import { ItemStatus, useItemEditing } from './item-editing';
import { PersonForm } from './person-form';

export interface PeopleSectionProps {
  business: BusinessDetail;
  canEdit: boolean;
}

/** Orang: the owner, artisans and workers of the business. */
export function PeopleSection({ business, canEdit }: PeopleSectionProps) {
  const t = useT();
  const lang = useLang();
  const remove = useDeletePerson();
  const item = useItemEditing();

  return (
    <>
      <ItemStatus done={item.done} error={remove.error} />
      {business.people.length === 0 ? (
        <p className="empty">{t('registry.person.none')}</p>
      ) : (
        <ul className="item-list">
          {business.people.map((person) =>
            item.editing === person.id ? (
              <li key={person.id}>
                <PersonForm
                  businessId={business.id}
                  person={person}
                  onDone={item.finish(t('common.saved'))}
                  onCancel={item.cancel}
                />
              </li>
            ) : (
              <li key={person.id} className="item">
                <div className="item-head">
                  <p className="item-title">{person.fullName}</p>
                  <span className="badge">{t(PERSON_ROLE_LABEL[person.role])}</span>
                  {person.hasNik && <span className="badge badge-ok">{t('registry.person.hasNik')}</span>}
                </div>
                <p className="item-meta">
                  {[
                    person.gender === 'L'
                      ? t('registry.person.male')
                      : person.gender === 'P'
                        ? t('registry.person.female')
                        : '',
                    person.birthYear ? t('registry.person.born', { year: person.birthYear }) : '',
                    person.phone ?? '',
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                {person.skills.length > 0 && (
                  <p className="item-meta">
                    {t('registry.person.skills')}: {person.skills.join(', ')}
                  </p>
                )}
                {person.certificates.length > 0 && (
                  <ul className="plain-list item-meta">
                    {person.certificates.map((c, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: certificates have no id
                      <li key={i}>
                        {[
                          c.name,
                          c.number,
                          c.issuer,
                          c.validUntil
                            ? t('registry.validUntilDate', { date: formatDate(c.validUntil, lang) })
                            : '',
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </li>
                    ))}
                  </ul>
                )}
                {canEdit && (
                  <div className="item-actions">
                    <Button
                      onClick={() => {
                        item.start(person.id);
                      }}
                    >
                      {t('common.edit')}
                      <span className="sr-only"> {person.fullName}</span>
                    </Button>
                    <ConfirmButton
                      label={t('registry.person.remove')}
                      question={t('registry.person.removeConfirm', { name: person.fullName })}
                      confirmLabel={t('registry.person.removeYes')}
                      busy={remove.isPending && remove.variables?.personId === person.id}
                      onConfirm={() =>
                        remove.mutate(
                          { businessId: business.id, personId: person.id },
                          {
                            onSuccess: () =>
                              item.announce(t('registry.person.removed', { name: person.fullName })),
                          },
                        )
                      }
                    />
                  </div>
                )}
              </li>
            ),
          )}
        </ul>
      )}
      {canEdit &&
        (item.editing === 'new' ? (
          <PersonForm
            businessId={business.id}
            onDone={item.finish(t('registry.person.added'))}
            onCancel={item.cancel}
          />
        ) : (
          <Button
            onClick={() => {
              item.start('new');
            }}
          >
            {t('registry.person.add')}
          </Button>
        ))}
      <p className="field-hint pdp-note">{t('registry.person.pdpNote')}</p>
    </>
  );
}
