import { useId, useState } from 'react';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { useT } from '../../../lib/i18n';
import { useDismissDuplicate } from '../api/dismiss-duplicate';
import type { DuplicatePair, MergeResult } from '../api/types';
import { MergePanel } from './merge-panel';
import { SideSummary } from './side-summary';

export interface DuplicatePairCardProps {
  pair: DuplicatePair;
  onMerged: (result: MergeResult) => void;
}

/** A candidate pair side by side, with why it was found, and the two ways to settle it. */
export function DuplicatePairCard({ pair, onMerged }: DuplicatePairCardProps) {
  const t = useT();
  const headingId = useId();
  const panelId = useId();
  const [reviewing, setReviewing] = useState(false);
  const dismiss = useDismissDuplicate();
  const pct = Math.round(pair.score * 100);

  return (
    <section className="card dup-pair" aria-labelledby={headingId}>
      <div className="card-head">
        <h2 id={headingId}>{t('duplicates.pairTitle', { a: pair.a.name, b: pair.b.name })}</h2>
        <span className="badge badge-warn">{t('duplicates.score', { score: pct })}</span>
      </div>
      <p className="dup-reasons-label">{t('duplicates.reasons')}</p>
      <ul className="dup-reasons">
        {pair.reasons.map((reason) => (
          <li key={`${reason.kind}-${reason.value ?? ''}`}>{reason.label}</li>
        ))}
      </ul>
      <div className="dup-sides">
        <SideSummary side={pair.a} title={t('duplicates.sideA')} />
        <SideSummary side={pair.b} title={t('duplicates.sideB')} />
      </div>
      <ErrorAlert error={dismiss.error} />
      <div className="form-actions">
        <Button
          variant="primary"
          aria-expanded={reviewing}
          aria-controls={panelId}
          onClick={() => setReviewing((open) => !open)}
        >
          {reviewing ? t('duplicates.closeReview') : t('duplicates.review')}
        </Button>
        <Button
          busy={dismiss.isPending}
          onClick={() =>
            dismiss.mutate({
              aId: pair.a.id,
              bId: pair.b.id,
              reasons: pair.reasons.map(({ kind, similarity, value }) => ({ kind, similarity, value })),
            })
          }
        >
          {t('duplicates.dismiss')}
        </Button>
      </div>
      <div id={panelId} hidden={!reviewing}>
        {reviewing && <MergePanel pair={pair} onMerged={onMerged} />}
      </div>
    </section>
  );
}
