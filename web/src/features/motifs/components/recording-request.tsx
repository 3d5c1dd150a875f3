import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { Select } from '../../../components/select';
import { TextAreaField } from '../../../components/text-field';
import { fieldErrors } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n';
import { useRequestRecording } from '../api/request-recording';
import type { Motif, RequestableKind } from '../api/types';
import { IP_KIND_LABEL, OPEN_STATUSES } from '../lib/labels';

const REQUESTABLE: readonly RequestableKind[] = ['hak_cipta', 'desain_industri'];

/**
 * The kinds the artisan may ask for: none while a request of theirs is still open (requested,
 * draft, filed), then only kinds not already recorded.
 */
export function requestableKinds(motif: Motif): RequestableKind[] {
  if (motif.ipRecords.some((r) => OPEN_STATUSES.includes(r.status))) return [];
  return REQUESTABLE.filter(
    (kind) => !motif.ipRecords.some((r) => r.kind === kind && r.status === 'recorded'),
  );
}

export interface RecordingRequestProps {
  motif: Motif;
  onSent: (message: string) => void;
}

/**
 * "Minta bantuan pencatatan": the artisan asks the Dinas to record the motif. The request becomes
 * a record the officer takes up; its progress then shows on the record's card.
 */
export function RecordingRequest({ motif, onSent }: RecordingRequestProps) {
  const t = useT();
  const send = useRequestRecording();
  const kinds = requestableKinds(motif);
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<RequestableKind>(kinds[0] ?? 'hak_cipta');
  const [note, setNote] = useState('');
  const server = fieldErrors(send.error);

  if (kinds.length === 0) return null;
  if (!open) {
    return (
      <div className="request-cta">
        <Button
          variant={motif.ipRecords.length === 0 ? 'primary' : 'secondary'}
          onClick={() => setOpen(true)}
        >
          {t('motifs.request.open')}
        </Button>
        <p className="field-hint">{t('motifs.request.intro')}</p>
      </div>
    );
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    send.mutate(
      {
        motifId: motif.id,
        body: { kind: kinds.includes(kind) ? kind : (kinds[0] ?? kind), note: note.trim() || null },
      },
      {
        onSuccess: () => {
          setOpen(false);
          setNote('');
          onSent(t('motifs.request.sent'));
        },
      },
    );
  }

  return (
    <form
      className="form subform"
      onSubmit={handleSubmit}
      noValidate
      aria-labelledby="recording-request-title"
    >
      <h3 id="recording-request-title">{t('motifs.request.title')}</h3>
      <p className="field-hint">{t('motifs.request.intro')}</p>
      <div aria-live="polite">
        <ErrorAlert error={send.error} fieldNames={['kind', 'note']} />
      </div>
      <Select
        label={t('motifs.request.kind')}
        name="kind"
        hint={t('motifs.request.kindHint')}
        options={kinds.map((k) => ({ value: k, label: t(IP_KIND_LABEL[k]) }))}
        value={kind}
        onChange={(event) => setKind(event.target.value as RequestableKind)}
        error={server.kind}
      />
      <TextAreaField
        label={t('motifs.request.note')}
        name="note"
        hint={t('motifs.request.noteHint')}
        rows={3}
        maxLength={1000}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={server.note}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={send.isPending}>
          {t('motifs.request.send')}
        </Button>
        <Button variant="quiet" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
