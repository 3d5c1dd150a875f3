import type { UseMutationResult } from '@tanstack/react-query';
import { type ReactNode, useId, useRef, useState } from 'react';
import { errorMessage } from '../lib/api-client';
import { fileSize } from '../lib/file-size';
import { useLang, useT } from '../lib/i18n';
import { Spinner } from './spinner';
import { describedBy, FieldShell, TextField } from './text-field';

/** The words of one uploader, already translated. */
export interface PhotoUploadText {
  caption: string;
  upload: string;
  hint: string;
  uploading: (percent: number) => string;
  processing: string;
  uploaded: string;
  tooBig: (size: string) => string;
}

export interface PhotoUploadProps<TVars, TResult> {
  /** The upload mutation; its variables are built from the file, caption and progress callback. */
  mutation: UseMutationResult<TResult, Error, TVars>;
  variables: (input: { file: File; caption: string | undefined; onProgress: (p: number) => void }) => TVars;
  maxBytes: number;
  accept: string;
  /** "environment" opens the phone's back camera first (site photos). */
  capture?: 'environment';
  text: PhotoUploadText;
  className: string;
  /** More fields sent with the photo (shown between the caption and the file input). */
  extraFields?: ReactNode;
  onUploaded?: (result: TResult) => void;
}

/**
 * A photo upload from a phone: choosing the file sends it at once, with a progress bar while the
 * bytes travel and a spinner while the server checks them. Only the size is checked here, to spare
 * mobile data; the server judges the content and its message is shown as it comes.
 */
export function PhotoUpload<TVars, TResult>(props: PhotoUploadProps<TVars, TResult>) {
  const { mutation: upload, text } = props;
  const t = useT();
  const lang = useLang();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [caption, setCaption] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [uploaded, setUploaded] = useState(false);

  function choose(file: File | undefined) {
    setProblem(null);
    setUploaded(false);
    upload.reset();
    if (!file) return;
    if (file.size > props.maxBytes) {
      setProblem(text.tooBig(fileSize(file.size, lang)));
      return;
    }
    setProgress(0);
    upload.mutate(props.variables({ file, caption: caption.trim() || undefined, onProgress: setProgress }), {
      onSuccess: (result) => {
        setUploaded(true);
        setCaption('');
        if (inputRef.current) inputRef.current.value = '';
        props.onUploaded?.(result);
      },
      onSettled: () => setProgress(null),
    });
  }

  const message = problem ?? (upload.error ? errorMessage(upload.error, t) : undefined);
  const percent = Math.round((progress ?? 0) * 100);
  const sending = upload.isPending && progress !== null && progress < 1;

  return (
    <div className={props.className} aria-busy={upload.isPending || undefined}>
      <TextField
        label={text.caption}
        name="caption"
        autoComplete="off"
        maxLength={300}
        value={caption}
        disabled={upload.isPending}
        onChange={(event) => setCaption(event.target.value)}
      />
      {props.extraFields}
      <FieldShell id={id} label={text.upload} hint={text.hint} error={message}>
        <input
          ref={inputRef}
          id={id}
          name="file"
          type="file"
          accept={props.accept}
          capture={props.capture}
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy(id, text.hint, message)}
          disabled={upload.isPending}
          onChange={(event) => choose(event.target.files?.[0])}
        />
      </FieldShell>
      <div aria-live="polite">
        {sending && (
          <p className="upload-progress">
            <label htmlFor={`${id}-progress`}>{text.uploading(percent)}</label>
            <progress id={`${id}-progress`} className="upload-bar" max={100} value={percent}>
              {percent}%
            </progress>
          </p>
        )}
        {upload.isPending && !sending && <Spinner label={text.processing} />}
        {uploaded && !upload.isPending && <p className="field-hint">{text.uploaded}</p>}
      </div>
    </div>
  );
}
