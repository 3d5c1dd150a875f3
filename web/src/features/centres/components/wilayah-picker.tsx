import { useId, useRef, useState } from 'react';
import type { Wilayah } from '../../../api/types';
import { Button } from '../../../components/button';
import { Checkbox } from '../../../components/checkbox';
import { TextField } from '../../../components/text-field';
import { errorMessage } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n';
import { useDebounced } from '../../../lib/use-debounced';
import { useWilayahSearch } from '../api/search-wilayah';

export interface WilayahPickerProps {
  /** The form field the chosen code is submitted as. */
  name: string;
  initial: { code: string; name: string | null } | null;
  error?: string | undefined;
}

function label(w: { code: string; name: string | null }): string {
  return w.name ? `${w.name} (${w.code})` : w.code;
}

/** "35.76.02.1001" → "35.76": the kota/kabupaten, where a centre's kelurahan almost always is. */
function regencyOf(code: string): string | undefined {
  const parts = code.split('.');
  return parts.length >= 2 ? parts.slice(0, 2).join('.') : undefined;
}

/** Pick a kelurahan/desa by typing part of its name; submits its Kemendagri code. */
export function WilayahPicker({ name, initial, error }: WilayahPickerProps) {
  const t = useT();
  const legendId = useId();
  const [selected, setSelected] = useState(initial);
  const [text, setText] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const regency = initial ? regencyOf(initial.code) : undefined;
  const [nearby, setNearby] = useState(Boolean(regency));
  const q = useDebounced(text.trim());
  const search = useWilayahSearch({ q, within: nearby ? regency : undefined });
  const results: Wilayah[] = q.length >= 3 ? (search.data ?? []) : [];

  let status = '';
  if (q.length >= 3) {
    if (search.isError) status = errorMessage(search.error, t);
    else if (search.isFetching && !search.data) status = t('common.loading');
    else status = results.length ? t('wilayah.results', { count: results.length }) : t('wilayah.noResults');
  }

  return (
    <fieldset className="fieldset" aria-labelledby={legendId}>
      <legend id={legendId}>{t('wilayah.label')}</legend>
      <input type="hidden" name={name} value={selected?.code ?? ''} />
      <p className="wilayah-selected" aria-live="polite">
        {selected ? t('wilayah.selected', { value: label(selected) }) : t('wilayah.noneSelected')}
      </p>
      <TextField
        ref={inputRef}
        label={t('wilayah.search')}
        name={`${name}Search`}
        type="search"
        autoComplete="off"
        hint={t('wilayah.hint')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          // Enter in the search box must not submit the whole form.
          if (event.key === 'Enter') event.preventDefault();
        }}
        error={error}
      />
      {regency && (
        <Checkbox
          label={t('wilayah.sameRegency', { code: regency })}
          name={`${name}Nearby`}
          checked={nearby}
          onChange={(event) => setNearby(event.target.checked)}
        />
      )}
      <p className="field-hint" aria-live="polite">
        {status}
      </p>
      {results.length > 0 && (
        <ul className="choice-list">
          {results.map((w) => (
            <li key={w.code}>
              <Button
                variant="quiet"
                aria-pressed={selected?.code === w.code}
                onClick={() => {
                  setSelected({ code: w.code, name: w.name });
                  setText('');
                  inputRef.current?.focus();
                }}
              >
                <span>
                  {label(w)}
                  {w.path && <span className="choice-detail">{w.path}</span>}
                </span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
