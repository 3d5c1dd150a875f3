import { useId, useState } from 'react';
import { ConfirmButton } from '../../../components/confirm-button';
import { ErrorAlert } from '../../../components/error-alert';
import { Spinner } from '../../../components/spinner';
import { useLang, useT } from '../../../lib/i18n';
import { useBusinessDetail } from '../api/get-business-detail';
import { useMergeBusinesses } from '../api/merge-businesses';
import type { DuplicatePair, MergeChoice, MergeChoices, MergeField, MergeResult } from '../api/types';
import { differingFields, formatFieldValue } from './merge-fields';

type Side = 'a' | 'b';

/** Keep the record with more attached to it (then the one with a NIB): the fewer things move. */
export function defaultKeepSide(pair: DuplicatePair): Side {
  const weight = (s: DuplicatePair['a']) =>
    s.counts.people + s.counts.products + s.counts.certifications + s.counts.reports + (s.nib ? 5 : 0);
  return weight(pair.b) > weight(pair.a) ? 'b' : 'a';
}

export interface MergePanelProps {
  pair: DuplicatePair;
  onMerged: (result: MergeResult) => void;
}

/** Choose the record to keep and, field by field, whose value the kept record ends up with. */
export function MergePanel({ pair, onMerged }: MergePanelProps) {
  const t = useT();
  const lang = useLang();
  const groupName = useId();
  const [keepSide, setKeepSide] = useState<Side>(() => defaultKeepSide(pair));
  const [choices, setChoices] = useState<Record<MergeField, MergeChoice>>({});
  const a = useBusinessDetail(pair.a.id);
  const b = useBusinessDetail(pair.b.id);
  const merge = useMergeBusinesses();

  const keptSide = keepSide === 'a' ? pair.a : pair.b;
  const mergedSide = keepSide === 'a' ? pair.b : pair.a;
  const kept = keepSide === 'a' ? a.data : b.data;
  const merged = keepSide === 'a' ? b.data : a.data;
  const differences = kept && merged ? differingFields(kept, merged) : [];
  const choiceOf = (field: MergeField, fallback: MergeChoice) => choices[field] ?? fallback;

  function chooseKeep(side: Side) {
    setKeepSide(side);
    setChoices({});
  }

  function submit() {
    const fields: MergeChoices = {};
    for (const d of differences) fields[d.def.field] = choiceOf(d.def.field, d.defaultChoice);
    // mutateAsync, not mutate's own onSuccess: the list refreshes first and this pair's card is
    // gone by then, but the page above still hears about the merge. A failure shows below.
    merge
      .mutateAsync({
        keepId: keptSide.id,
        mergeId: mergedSide.id,
        reasons: pair.reasons.map(({ kind, similarity, value }) => ({ kind, similarity, value })),
        fields,
      })
      .then(onMerged, () => {});
  }

  return (
    <div className="dup-merge">
      <fieldset className="fieldset">
        <legend>{t('duplicates.keepLegend')}</legend>
        {(['a', 'b'] as const).map((side) => (
          <div className="field field-check" key={side}>
            <input
              type="radio"
              id={`${groupName}-keep-${side}`}
              name={`${groupName}-keep`}
              checked={keepSide === side}
              onChange={() => chooseKeep(side)}
            />
            <label htmlFor={`${groupName}-keep-${side}`}>
              {t('duplicates.keepOption', { name: (side === 'a' ? pair.a : pair.b).name })}
            </label>
          </div>
        ))}
        <p className="field-hint">
          {t('duplicates.keepHint', { kept: keptSide.name, merged: mergedSide.name })}
        </p>
      </fieldset>

      <ErrorAlert error={a.error ?? b.error} />
      {(a.isPending || b.isPending) && <Spinner />}
      {kept && merged && (
        <div className="dup-fields">
          <h3>{t('duplicates.fieldsTitle')}</h3>
          {differences.length === 0 ? (
            <p className="muted">{t('duplicates.fieldsSame')}</p>
          ) : (
            <>
              <p className="field-hint">{t('duplicates.fieldsHint')}</p>
              {differences.map((d) => {
                const current = choiceOf(d.def.field, d.defaultChoice);
                const name = `${groupName}-${d.def.field}`;
                return (
                  <fieldset className="fieldset dup-field" key={d.def.field}>
                    <legend>{t(d.def.labelKey)}</legend>
                    {(['keep', 'merge'] as const).map((choice) => (
                      <div className="field field-check" key={choice}>
                        <input
                          type="radio"
                          id={`${name}-${choice}`}
                          name={name}
                          checked={current === choice}
                          onChange={() => setChoices((prev) => ({ ...prev, [d.def.field]: choice }))}
                        />
                        <label htmlFor={`${name}-${choice}`}>
                          {t(choice === 'keep' ? 'duplicates.choiceKeep' : 'duplicates.choiceMerge', {
                            value: formatFieldValue(
                              choice === 'keep' ? d.kept : d.merged,
                              d.def.kind,
                              lang,
                              t,
                            ),
                          })}
                        </label>
                      </div>
                    ))}
                  </fieldset>
                );
              })}
            </>
          )}
        </div>
      )}

      <ErrorAlert error={merge.error} />
      <p className="field-hint">{t('duplicates.mergeMoves')}</p>
      <div className="form-actions">
        <ConfirmButton
          label={t('duplicates.merge')}
          question={t('duplicates.mergeQuestion', { kept: keptSide.name, merged: mergedSide.name })}
          confirmLabel={t('duplicates.mergeConfirm')}
          variant="danger"
          busy={merge.isPending || !kept || !merged}
          onConfirm={submit}
        />
      </div>
    </div>
  );
}
