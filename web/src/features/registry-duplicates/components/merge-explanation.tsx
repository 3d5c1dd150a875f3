import type { ReactNode } from 'react';
import { Link } from '../../../components/link';
import { formatDateTime } from '../../../lib/format';
import { type MessageKey, useLang, useT } from '../../../lib/i18n';
import type { MergeExplanation as Explanation } from '../api/types';
import { formatFieldValue, isEmptyValue, MERGE_FIELDS } from './merge-fields';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="dl-row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const MOVED_LABEL: Record<string, MessageKey> = {
  people: 'duplicates.moved.people',
  products: 'duplicates.moved.products',
  certifications: 'duplicates.moved.certifications',
  reports: 'duplicates.moved.reports',
  reportConflictsKeptOwn: 'duplicates.moved.reportConflictsKeptOwn',
  reportConflictsTookMerged: 'duplicates.moved.reportConflictsTookMerged',
  consents: 'duplicates.moved.consents',
  kbliCodes: 'duplicates.moved.kbliCodes',
  accounts: 'duplicates.moved.accounts',
  earlierMerges: 'duplicates.moved.earlierMerges',
  fieldsTaken: 'duplicates.moved.fieldsTaken',
};

/** A merge told afterwards: who, when, why, what moved, and the merged record as it was. */
export function MergeExplanationView({ merge }: { merge: Explanation }) {
  const t = useT();
  const lang = useLang();
  const before = (merge.snapshot.business ?? {}) as Record<string, unknown>;
  // In a fixed order (the stored object's key order is not), leaving out what did not happen.
  const moved = Object.entries(MOVED_LABEL).filter(([key]) => (merge.moved[key] ?? 0) > 0);
  const filled = MERGE_FIELDS.filter((d) => d.field === 'name' || !isEmptyValue(before[d.field]));
  return (
    <>
      <section className="card" aria-labelledby="merge-what">
        <h2 id="merge-what">{t('duplicates.explain.what')}</h2>
        <p>{merge.summary}</p>
        <dl className="dl">
          <Row term={t('duplicates.explain.kept')}>
            <Link to={`/registri/${merge.kept.id}`}>{merge.kept.name}</Link>
            {merge.kept.nib && ` · NIB ${merge.kept.nib}`}
          </Row>
          <Row term={t('duplicates.explain.merged')}>
            <Link to={`/registri/${merge.merged.id}`}>{merge.merged.name}</Link>
          </Row>
          <Row term={t('duplicates.explain.who')}>
            {merge.mergedBy?.name ?? t('duplicates.explain.system')}
          </Row>
          <Row term={t('duplicates.explain.when')}>{formatDateTime(merge.mergedAt, lang)}</Row>
          <Row term={t('duplicates.explain.why')}>
            {merge.reasons.length === 0 && !merge.note ? (
              t('duplicates.empty')
            ) : (
              <ul className="plain-list">
                {merge.reasons.map((r) => (
                  <li key={`${r.kind}-${r.value ?? ''}`}>{r.label}</li>
                ))}
                {merge.note && <li>{merge.note}</li>}
              </ul>
            )}
          </Row>
        </dl>
      </section>

      <section className="card" aria-labelledby="merge-moved">
        <h2 id="merge-moved">{t('duplicates.explain.moved')}</h2>
        {moved.length === 0 ? (
          <p className="muted">{t('duplicates.explain.nothingMoved')}</p>
        ) : (
          <ul>
            {moved.map(([key, labelKey]) => (
              <li key={key}>{t(labelKey, { n: merge.moved[key] ?? 0 })}</li>
            ))}
          </ul>
        )}
        {merge.reportConflicts.length > 0 && (
          <>
            <h3>{t('duplicates.explain.conflicts')}</h3>
            <ul>
              {merge.reportConflicts.map((c) => (
                <li key={`${c.year}-${c.semester}`}>{c.explanation}</li>
              ))}
            </ul>
          </>
        )}
        {merge.fieldsTaken.length > 0 && (
          <>
            <h3>{t('duplicates.explain.fields')}</h3>
            <ul>
              {merge.fieldsTaken.map((f) => {
                const def = MERGE_FIELDS.find((d) => d.field === f.field);
                const kind = def?.kind ?? 'text';
                return (
                  <li key={f.field}>
                    {t('duplicates.explain.fieldChange', {
                      field: def ? t(def.labelKey) : f.field,
                      before: formatFieldValue(f.before, kind, lang, t),
                      after: formatFieldValue(f.after, kind, lang, t),
                    })}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>

      <section className="card" aria-labelledby="merge-before">
        <h2 id="merge-before">{t('duplicates.explain.snapshot')}</h2>
        <dl className="dl">
          {filled.map((d) => (
            <Row key={d.field} term={t(d.labelKey)}>
              {formatFieldValue(before[d.field], d.kind, lang, t)}
            </Row>
          ))}
        </dl>
      </section>
    </>
  );
}
