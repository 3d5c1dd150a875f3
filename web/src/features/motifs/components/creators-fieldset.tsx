import { Button } from '../../../components/button';
import { Checkbox } from '../../../components/checkbox';
import { TextField } from '../../../components/text-field';
import { todayInJakarta } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import type { CreatorRow } from '../lib/motif-values';

export interface CreatorsFieldsetProps {
  rows: readonly CreatorRow[];
  onChange: (rows: CreatorRow[]) => void;
  onAdd: () => void;
  /** The message for an input name (`creators.0.diedOn`), local or from the server. */
  error: (name: string) => string | undefined;
}

/**
 * The motif's creators (pencipta), one group of inputs each. Whether a creator has died, and
 * when, decides how long a copyright lasts, so the date appears with the checkbox.
 */
export function CreatorsFieldset({ rows, onChange, onAdd, error }: CreatorsFieldsetProps) {
  const t = useT();
  const today = todayInJakarta();

  function patch(index: number, change: Partial<CreatorRow>) {
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  }

  return (
    <>
      {rows.length === 0 && <p className="empty">{t('motifs.form.noCreators')}</p>}
      {rows.map((row, index) => {
        const n = index + 1;
        const name = (field: string) => `creators.${index}.${field}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
          <fieldset key={index} className="fieldset creator-row">
            <legend>{t('motifs.form.creatorN', { n })}</legend>
            <TextField
              label={t('motifs.form.creatorName')}
              name={name('name')}
              autoComplete="off"
              required
              value={row.name}
              onChange={(event) => patch(index, { name: event.target.value })}
              error={error(name('name'))}
            />
            <TextField
              label={t('motifs.form.creatorAddress')}
              name={name('address')}
              autoComplete="off"
              value={row.address}
              onChange={(event) => patch(index, { address: event.target.value })}
              error={error(name('address'))}
            />
            <TextField
              label={t('motifs.form.creatorNationality')}
              name={name('nationality')}
              autoComplete="off"
              value={row.nationality}
              onChange={(event) => patch(index, { nationality: event.target.value })}
              error={error(name('nationality'))}
            />
            <Checkbox
              label={t('motifs.form.creatorDeceased')}
              name={name('deceased')}
              checked={row.deceased}
              onChange={(event) =>
                patch(index, {
                  deceased: event.target.checked,
                  diedOn: event.target.checked ? row.diedOn : '',
                })
              }
              error={error(name('deceased'))}
            />
            {row.deceased && (
              <TextField
                label={t('motifs.form.creatorDiedOn')}
                name={name('diedOn')}
                type="date"
                max={today}
                hint={t('motifs.form.creatorDiedOnHint')}
                value={row.diedOn}
                onChange={(event) => patch(index, { diedOn: event.target.value })}
                error={error(name('diedOn'))}
              />
            )}
            <div>
              <Button variant="quiet" onClick={() => onChange(rows.filter((_, i) => i !== index))}>
                {t('motifs.form.creatorRemove', { n })}
              </Button>
            </div>
          </fieldset>
        );
      })}
      <div>
        <Button onClick={onAdd}>{t('motifs.form.creatorAdd')}</Button>
      </div>
    </>
  );
}
