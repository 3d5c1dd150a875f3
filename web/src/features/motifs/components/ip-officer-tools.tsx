import { useId, useRef, useState } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { ConfirmButton } from '../../../components/confirm-button';
import { ErrorAlert } from '../../../components/error-alert';
import { Select } from '../../../components/select';
import { describedBy, FieldShell, TextAreaField } from '../../../components/text-field';
import { errorMessage } from '../../../lib/api-client';
import { fileSize } from '../../../lib/file-size';
import { type MessageKey, useLang, useT } from '../../../lib/i18n';
import { useChangeIpStatus } from '../api/change-ip-status';
import { useDeleteIpRecord } from '../api/delete-ip-record';
import type { IpDocumentLabel, IpKind, IpRecord, IpStatus } from '../api/types';
import { IP_DOCUMENT_ACCEPT, MAX_IP_DOCUMENT_BYTES, useUploadIpDocument } from '../api/upload-ip-document';
import { DOCUMENT_LABEL, DOCUMENT_LABELS, IP_KIND_LABEL, ipStatusKey, NEXT_STATUSES } from '../lib/labels';
import { IpRecordForm } from './ip-record-form';

/** The button that moves a record to `to`, in the words of the step. */
function moveLabel(kind: IpKind, from: IpStatus, to: IpStatus): MessageKey {
  switch (to) {
    case 'draft':
      return from === 'requested' ? 'motifs.move.takeUp' : 'motifs.move.reopen';
    case 'filed':
      return 'motifs.move.filed';
    case 'recorded':
      return kind === 'desain_industri' ? 'motifs.move.registered' : 'motifs.move.recorded';
    case 'rejected':
      return 'motifs.move.rejected';
    default:
      return 'motifs.move.expired';
  }
}

/** Rejecting and ending a right are not undone lightly: they ask first. */
const ASK_FIRST: readonly IpStatus[] = ['rejected', 'expired'];

function StatusActions({ motifId, record }: { motifId: string; record: IpRecord }) {
  const t = useT();
  const change = useChangeIpStatus();
  const [note, setNote] = useState('');
  // The message belongs to the record as it was saved; any later change makes it stale.
  const [done, setDone] = useState<{ text: string; at: string } | null>(null);
  const next = NEXT_STATUSES[record.status];
  if (next.length === 0) return null;

  function move(to: IpStatus) {
    setDone(null);
    change.mutate(
      { motifId, recordId: record.id, body: { status: to, note: note.trim() || null } },
      {
        onSuccess: (saved) => {
          setNote('');
          setDone({
            text: t('motifs.move.done', { status: t(ipStatusKey(saved.kind, saved.status)) }),
            at: saved.updatedAt,
          });
        },
      },
    );
  }

  return (
    <fieldset className="fieldset ip-status-actions">
      <legend>{t('motifs.move.title')}</legend>
      <div aria-live="polite">
        {done && done.at === record.updatedAt && <Alert tone="success">{done.text}</Alert>}
        <ErrorAlert error={change.error} />
      </div>
      <TextAreaField
        label={t('motifs.move.note')}
        name="note"
        hint={t('motifs.move.noteHint')}
        rows={2}
        maxLength={1000}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      <div className="item-actions">
        {next.map((to) => {
          const label = t(moveLabel(record.kind, record.status, to));
          const busy = change.isPending && change.variables?.body.status === to;
          return ASK_FIRST.includes(to) ? (
            <ConfirmButton
              key={to}
              label={label}
              question={t('motifs.move.confirm', { status: t(ipStatusKey(record.kind, to)) })}
              confirmLabel={t('motifs.move.confirmYes')}
              busy={busy}
              onConfirm={() => move(to)}
            />
          ) : (
            <Button
              key={to}
              variant={to === 'draft' && record.status === 'requested' ? 'primary' : 'secondary'}
              busy={busy}
              onClick={() => move(to)}
            >
              {label}
            </Button>
          );
        })}
      </div>
    </fieldset>
  );
}

function DocumentUpload({ motifId, record }: { motifId: string; record: IpRecord }) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const upload = useUploadIpDocument();
  const inputRef = useRef<HTMLInputElement>(null);
  const [label, setLabel] = useState<IpDocumentLabel>('sertifikat');
  const [problem, setProblem] = useState<string | null>(null);
  const [uploaded, setUploaded] = useState(false);

  function choose(file: File | undefined) {
    setProblem(null);
    setUploaded(false);
    upload.reset();
    if (!file) return;
    if (file.size > MAX_IP_DOCUMENT_BYTES) {
      setProblem(t('motifs.doc.tooBig', { size: fileSize(file.size, lang) }));
      return;
    }
    upload.mutate(
      { motifId, recordId: record.id, file, label },
      {
        onSuccess: () => {
          setUploaded(true);
          if (inputRef.current) inputRef.current.value = '';
        },
      },
    );
  }

  const message = problem ?? (upload.error ? errorMessage(upload.error, t) : undefined);
  const hint = t('motifs.doc.hint');
  return (
    <fieldset className="fieldset ip-doc-upload">
      <legend>{t('motifs.doc.title')}</legend>
      <Select
        label={t('motifs.doc.label')}
        name="label"
        options={DOCUMENT_LABELS.map((l) => ({ value: l, label: t(DOCUMENT_LABEL[l]) }))}
        value={label}
        onChange={(event) => setLabel(event.target.value as IpDocumentLabel)}
      />
      <FieldShell id={id} label={t('motifs.doc.file')} hint={hint} error={message}>
        <input
          ref={inputRef}
          id={id}
          name="file"
          type="file"
          accept={IP_DOCUMENT_ACCEPT}
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy(id, hint, message)}
          disabled={upload.isPending}
          onChange={(event) => choose(event.target.files?.[0])}
        />
      </FieldShell>
      <div aria-live="polite">
        {upload.isPending && <p className="field-hint">{t('motifs.doc.uploading')}</p>}
        {uploaded && !upload.isPending && <p className="field-hint">{t('motifs.doc.uploaded')}</p>}
      </div>
    </fieldset>
  );
}

export interface IpRecordToolsProps {
  motifId: string;
  record: IpRecord;
}

/** What an officer does with one record: edit its data, move its status, attach the certificate. */
export function IpRecordTools({ motifId, record }: IpRecordToolsProps) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const remove = useDeleteIpRecord();
  const kind = t(IP_KIND_LABEL[record.kind]);
  const removable = record.status === 'requested' || record.status === 'draft';

  return (
    <div className="ip-tools">
      <div aria-live="polite">
        {savedAt === record.updatedAt && !editing && <Alert tone="success">{t('common.saved')}</Alert>}
        <ErrorAlert error={remove.error} />
      </div>
      {editing ? (
        <IpRecordForm
          motifId={motifId}
          record={record}
          onDone={(saved) => {
            setEditing(false);
            setSavedAt(saved.updatedAt);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <div className="item-actions">
          <Button
            onClick={() => {
              setSavedAt(null);
              setEditing(true);
            }}
          >
            {t('motifs.ip.editData')}
            <span className="sr-only"> {kind}</span>
          </Button>
          {removable && (
            <ConfirmButton
              label={t('motifs.ip.remove')}
              question={t('motifs.ip.removeConfirm', { kind })}
              confirmLabel={t('motifs.ip.removeYes')}
              busy={remove.isPending}
              onConfirm={() => remove.mutate({ motifId, recordId: record.id })}
            />
          )}
        </div>
      )}
      <StatusActions motifId={motifId} record={record} />
      <DocumentUpload motifId={motifId} record={record} />
    </div>
  );
}
