import { useId } from 'react';
import { TextField } from '../../../components/text-field';
import { useT } from '../../../lib/i18n';
import { useWilayahArea, useWilayahByCode } from '../api/get-wilayah-area';
import { KELURAHAN_CODE } from '../lib/schemas';

export interface KelurahanFieldProps {
  value: string;
  onChange: (code: string) => void;
  /** Kota/kabupaten whose kelurahan are offered in the list, e.g. 35.76. */
  regency: string;
  error?: string | undefined;
  onBlur?: () => void;
}

/**
 * The Kemendagri kelurahan code: picked from the kelurahan of the centre's kota, or typed
 * (a business outside the kota). The name of a typed code is looked up and shown.
 */
export function KelurahanField({ value, onChange, regency, error, onBlur }: KelurahanFieldProps) {
  const t = useT();
  const id = useId();
  const area = useWilayahArea(regency);
  const code = value.trim();
  const wellFormed = KELURAHAN_CODE.test(code);
  const known = area.data?.kelurahan.find((k) => k.code === code);
  const lookup = useWilayahByCode(code, wellFormed && !known);
  const found = known ?? lookup.data ?? null;
  const kecamatan = area.data?.kecamatan ?? [];

  let status = '';
  if (wellFormed) {
    if (found) status = t('registry.kelurahanFound', { name: found.path || found.name });
    else if (lookup.isFetching) status = t('common.loading');
    else if (lookup.isSuccess) status = t('registry.kelurahanUnknown');
  }

  return (
    <div className="field-group">
      <div className="field">
        <label htmlFor={`${id}-pick`}>{t('registry.kelurahanPick')}</label>
        <select
          id={`${id}-pick`}
          value={known ? code : ''}
          onChange={(event) => {
            if (event.target.value) onChange(event.target.value);
          }}
          onBlur={onBlur}
        >
          <option value="">{area.isPending ? t('common.loading') : t('common.choose')}</option>
          {kecamatan.map((kec) => (
            <optgroup key={kec.code} label={t('registry.kecamatanGroup', { name: kec.name })}>
              {area.data?.kelurahan
                .filter((kel) => kel.code.startsWith(`${kec.code}.`))
                .map((kel) => (
                  <option key={kel.code} value={kel.code}>
                    {kel.name} ({kel.code})
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      <TextField
        label={t('registry.wilayahCode')}
        name="wilayahCode"
        hint={t('registry.wilayahCodeHint')}
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        required
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        error={error}
      />
      <p className="field-hint" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
