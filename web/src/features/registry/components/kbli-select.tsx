import { useId, useMemo, useState } from 'react';
import { Button } from '../../../components/button';
import { TextField } from '../../../components/text-field';
import { errorMessage } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n';
import { useKbli } from '../api/get-kbli';

export interface KbliSelectProps {
  value: readonly string[];
  onChange: (codes: string[]) => void;
  error?: string | undefined;
  onBlur?: () => void;
}

/** KBLI is nearly always 13134 (Industri Batik) for a batik IKM: it is listed first. */
const FIRST = '13134';

/** Several KBLI 2020 codes from the reference list, with a filter by code or name. */
export function KbliSelect({ value, onChange, error, onBlur }: KbliSelectProps) {
  const t = useT();
  const id = useId();
  const kbli = useKbli();
  const [filter, setFilter] = useState('');
  const titles = useMemo(() => new Map((kbli.data ?? []).map((k) => [k.code, k.title])), [kbli.data]);
  const options = useMemo(() => {
    const all = [...(kbli.data ?? [])].sort((a, b) =>
      a.code === FIRST ? -1 : b.code === FIRST ? 1 : a.code.localeCompare(b.code),
    );
    const words = filter.trim().toLowerCase();
    return words ? all.filter((k) => k.code.includes(words) || k.title.toLowerCase().includes(words)) : all;
  }, [kbli.data, filter]);
  const described = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');

  function toggle(code: string, on: boolean) {
    onChange(on ? [...value, code] : value.filter((c) => c !== code));
  }

  return (
    <fieldset
      className={error ? 'fieldset field-invalid' : 'fieldset'}
      aria-describedby={described}
      onBlur={onBlur}
    >
      <legend>{t('registry.kbli')}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t('registry.kbliHint')}
      </p>
      {value.length > 0 ? (
        <ul className="chip-list" aria-label={t('registry.kbliChosen')}>
          {value.map((code) => (
            <li key={code} className="chip">
              <span>
                {code}
                {titles.get(code) ? ` ${titles.get(code)}` : ''}
              </span>
              <Button
                variant="quiet"
                className="chip-remove"
                aria-label={t('registry.kbliRemove', { code })}
                onClick={() => toggle(code, false)}
              >
                ×
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('registry.kbliNone')}</p>
      )}
      <TextField
        label={t('registry.kbliFilter')}
        name="kbliFilter"
        type="search"
        autoComplete="off"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.preventDefault();
        }}
      />
      {kbli.isError && <p className="field-error">{errorMessage(kbli.error, t)}</p>}
      {kbli.isPending ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <ul className="check-list" aria-label={t('registry.kbliOptions')}>
          {options.map((k) => {
            const optionId = `${id}-${k.code}`;
            return (
              <li key={k.code} className="field-check">
                <input
                  id={optionId}
                  type="checkbox"
                  checked={value.includes(k.code)}
                  onChange={(event) => toggle(k.code, event.target.checked)}
                />
                <label htmlFor={optionId}>
                  <span className="code">{k.code}</span> {k.title}
                </label>
              </li>
            );
          })}
          {options.length === 0 && <li className="muted">{t('registry.kbliNoMatch')}</li>}
        </ul>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
