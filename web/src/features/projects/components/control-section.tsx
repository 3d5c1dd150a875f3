import { useState } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { ConfirmButton } from '../../../components/confirm-button';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import { useSetScmOutcome } from '../api/set-scm-outcome';
import type { Contract, ProjectStatus, Scm, ScmOutcome } from '../api/types';
import { roman, SCM_OUTCOME_LABEL } from '../lib/labels';
import { formatPct } from '../lib/numbers';
import { ScmForm } from './scm-form';
import { WarningLetterForm } from './warning-letter-form';

interface ScmItemProps {
  contractId: string;
  scm: Scm;
  canKeep: boolean;
  onOutcome: (stage: string, outcome: ScmOutcome) => void;
}

function ScmItem({ contractId, scm, canKeep, onOutcome }: ScmItemProps) {
  const t = useT();
  const lang = useLang();
  const outcome = useSetScmOutcome();
  const [chosen, setChosen] = useState<ScmOutcome | null>(null);
  const stage = roman(scm.stage);
  const title = t('projects.scm.stageN', { stage });
  const choose = (value: ScmOutcome) => {
    setChosen(value);
    outcome.mutate(
      { contractId, scmId: scm.id, body: { outcome: value } },
      { onSuccess: () => onOutcome(stage, value) },
    );
  };
  return (
    <li className="item">
      <div className="item-head">
        <p className="item-title">{title}</p>
        {scm.outcome ? (
          <span className={scm.outcome === 'berhasil' ? 'badge badge-ok' : 'badge badge-off'}>
            {t(SCM_OUTCOME_LABEL[scm.outcome])}
          </span>
        ) : (
          <span className="badge badge-warn">{t('projects.scm.awaiting')}</span>
        )}
      </div>
      <p className="item-meta">
        {t('projects.scm.heldLine', { date: formatDate(scm.heldOn, lang) })}
        {scm.week != null && <> · {t('projects.weekN', { week: scm.week })}</>}
        {scm.minutesNumber && <> · {t('projects.scm.minutesLine', { number: scm.minutesNumber })}</>}
      </p>
      <p className="item-meta">
        {t('projects.scm.testLine', {
          target: formatPct(scm.targetPct, lang),
          deadline: formatDate(scm.deadline, lang),
        })}
      </p>
      {scm.notes && <p className="item-meta">{scm.notes}</p>}
      {canKeep && !scm.outcome && (
        <>
          <div aria-live="polite">
            <ErrorAlert error={outcome.error} />
          </div>
          <div className="item-actions">
            <ConfirmButton
              variant="secondary"
              label={t('projects.scm.markBerhasil')}
              question={t('projects.scm.confirmBerhasil', { stage })}
              confirmLabel={t('projects.scm.yes')}
              busy={outcome.isPending && chosen === 'berhasil'}
              onConfirm={() => choose('berhasil')}
            />
            <ConfirmButton
              label={t('projects.scm.markGagal')}
              question={t('projects.scm.confirmGagal', { stage })}
              confirmLabel={t('projects.scm.yes')}
              busy={outcome.isPending && chosen === 'gagal'}
              onConfirm={() => choose('gagal')}
            />
          </div>
        </>
      )}
    </li>
  );
}

export interface ControlSectionProps {
  contract: Contract;
  status: ProjectStatus | undefined;
  canKeep: boolean;
}

/**
 * Contract control (Peraturan LKPP 12/2021): the SCM held with their test cases and outcomes,
 * the warning letters, and the step due now.
 */
export function ControlSection({ contract, status, canKeep }: ControlSectionProps) {
  const t = useT();
  const lang = useLang();
  const [open, setOpen] = useState<'scm' | 'letter' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const scm = [...contract.scm].sort((a, b) => a.stage - b.stage);
  const letters = [...contract.warningLetters].sort((a, b) => a.level - b.level);
  const escalation = status?.escalation;
  const nextStage = escalation?.nextScmStage ?? Math.min(3, (scm.at(-1)?.stage ?? 0) + 1);
  const nextLevel = Math.min(3, (letters.at(-1)?.level ?? 0) + 1);

  return (
    <>
      {escalation && escalation.nextStep !== 'none' && (
        <Alert tone="warning" title={t('projects.control.due')}>
          <p>{escalation.explanation[lang]}</p>
        </Alert>
      )}
      <div aria-live="polite">{done && <Alert tone="success">{done}</Alert>}</div>

      <h3>{t('projects.scm.title')}</h3>
      {scm.length === 0 ? (
        <p className="empty">{t('projects.scm.none')}</p>
      ) : (
        <ul className="item-list">
          {scm.map((s) => (
            <ScmItem
              key={s.id}
              contractId={contract.id}
              scm={s}
              canKeep={canKeep}
              onOutcome={(stage, value) =>
                setDone(t('projects.scm.outcomeSaved', { stage, outcome: t(SCM_OUTCOME_LABEL[value]) }))
              }
            />
          ))}
        </ul>
      )}
      {canKeep &&
        (open === 'scm' ? (
          <ScmForm
            contractId={contract.id}
            stage={nextStage}
            onCancel={() => setOpen(null)}
            onDone={(_contract, stage) => {
              setOpen(null);
              setDone(t('projects.scm.added', { stage: roman(stage) }));
            }}
          />
        ) : (
          <Button
            onClick={() => {
              setDone(null);
              setOpen('scm');
            }}
          >
            {t('projects.scm.add')}
          </Button>
        ))}

      <h3>{t('projects.letter.title')}</h3>
      {letters.length === 0 ? (
        <p className="empty">{t('projects.letter.none')}</p>
      ) : (
        <ul className="item-list">
          {letters.map((l) => (
            <li key={l.id} className="item">
              <p className="item-title">{t('projects.letter.levelN', { level: l.level })}</p>
              <p className="item-meta">
                {t('projects.letter.line', { number: l.number, date: formatDate(l.issuedOn, lang) })}
              </p>
              {l.notes && <p className="item-meta">{l.notes}</p>}
            </li>
          ))}
        </ul>
      )}
      {canKeep &&
        (open === 'letter' ? (
          <WarningLetterForm
            contractId={contract.id}
            level={nextLevel}
            onCancel={() => setOpen(null)}
            onDone={(_contract, level) => {
              setOpen(null);
              setDone(t('projects.letter.added', { level }));
            }}
          />
        ) : (
          <Button
            onClick={() => {
              setDone(null);
              setOpen('letter');
            }}
          >
            {t('projects.letter.add')}
          </Button>
        ))}
    </>
  );
}
