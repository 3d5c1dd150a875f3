import { useId, useRef, useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { TextField } from '../../../components/text-field';
import { formatDateTime } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import { useSetConsent } from '../api/set-consent';
import type { BusinessDetail, ConsentGroup } from '../api/types';
import { CONSENT_GROUPS, CONSENT_HINT, CONSENT_LABEL } from '../lib/labels';

export interface ConsentsSectionProps {
  business: BusinessDetail;
  canEdit: boolean;
}

/**
 * Persetujuan publikasi: one switch per group of fields, off until the owner agrees. Each change
 * is recorded with who gave it and when; the portal shows only what is consented.
 */
export function ConsentsSection({ business, canEdit }: ConsentsSectionProps) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const change = useSetConsent();
  const owner = business.people.find((p) => p.role === 'pemilik')?.fullName ?? '';
  const [givenBy, setGivenBy] = useState(owner);
  const [givenByError, setGivenByError] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const givenByRef = useRef<HTMLInputElement>(null);
  const [saving, setSaving] = useState<{ group: ConsentGroup; granted: boolean } | null>(null);

  function toggle(group: ConsentGroup, granted: boolean) {
    setStatus('');
    if (!givenBy.trim()) {
      setGivenByError(t('registry.consent.givenByRequired'));
      givenByRef.current?.focus();
      return;
    }
    setSaving({ group, granted });
    change.mutate(
      { businessId: business.id, body: { fieldGroup: group, granted, givenBy: givenBy.trim() } },
      {
        onSettled: () => setSaving(null),
        onSuccess: () =>
          setStatus(
            t(granted ? 'registry.consent.grantedNow' : 'registry.consent.withdrawnNow', {
              group: t(CONSENT_LABEL[group]),
            }),
          ),
      },
    );
  }

  return (
    <>
      <p className="field-hint">{t('registry.consent.intro')}</p>
      <div aria-live="polite">
        <ErrorAlert error={change.error} fieldNames={[]} />
        {status && <p className="field-hint">{status}</p>}
      </div>
      {canEdit && (
        <TextField
          ref={givenByRef}
          label={t('registry.consent.givenBy')}
          name="givenBy"
          hint={t('registry.consent.givenByHint')}
          autoComplete="off"
          value={givenBy}
          onChange={(event) => {
            setGivenBy(event.target.value);
            if (event.target.value.trim()) setGivenByError(undefined);
          }}
          error={givenByError}
        />
      )}
      <ul className="switch-list">
        {CONSENT_GROUPS.map((group) => {
          const consent = business.consents.find((c) => c.fieldGroup === group);
          const granted = consent?.granted ?? false;
          const switchId = `${id}-${group}`;
          const pending = saving?.group === group;
          // While saving, the switch already shows the new position (it flips back if the save fails).
          const shown = pending ? saving.granted : granted;
          const record = consent?.recordedAt
            ? t(granted ? 'registry.consent.grantedBy' : 'registry.consent.withdrawnBy', {
                name: consent.givenBy ?? '—',
                time: formatDateTime(consent.recordedAt, lang),
              })
            : t('registry.consent.never');
          return (
            <li key={group} className="switch-row">
              <input
                id={switchId}
                type="checkbox"
                role="switch"
                aria-checked={shown}
                className="switch"
                checked={shown}
                disabled={!canEdit || pending}
                aria-describedby={`${switchId}-hint ${switchId}-record`}
                onChange={(event) => toggle(group, event.target.checked)}
              />
              <div>
                <label htmlFor={switchId}>{t(CONSENT_LABEL[group])}</label>
                <p id={`${switchId}-hint`} className="field-hint">
                  {t(CONSENT_HINT[group])}
                </p>
                <p id={`${switchId}-record`} className="item-meta">
                  {record}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
