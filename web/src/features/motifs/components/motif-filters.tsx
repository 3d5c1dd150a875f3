import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Button } from '../../../components/button';
import { Checkbox } from '../../../components/checkbox';
import { Select } from '../../../components/select';
import { TextField } from '../../../components/text-field';
import { useT } from '../../../lib/i18n';
import { useDebounced } from '../../../lib/use-debounced';
import type { MotifQuery } from '../api/types';
import {
  EXPIRING_MONTHS,
  IP_KIND_LABEL,
  IP_KINDS,
  IP_STATUS_LABEL,
  IP_STATUSES,
  MOTIF_STATUS_LABEL,
  MOTIF_STATUSES,
  MOTIF_TECHNIQUES,
  TECHNIQUE_LABEL,
} from '../lib/labels';
import { activeFilters } from '../lib/list-query';

export interface MotifFiltersProps {
  value: MotifQuery;
  /** `replace` while typing, so Back does not step through every letter. */
  onChange: (value: MotifQuery, options?: { replace?: boolean }) => void;
}

/** A text filter that applies once typing pauses, and follows the address when a link is followed. */
function useTypedFilter(
  current: string | undefined,
  apply: (text: string | undefined) => void,
): [string, (text: string) => void] {
  const [text, setText] = useState(current ?? '');
  const debounced = useDebounced(text, 400);
  const latest = useRef({ current, apply });
  latest.current = { current, apply };
  useEffect(() => {
    const next = debounced.trim() || undefined;
    if (next !== latest.current.current) latest.current.apply(next);
  }, [debounced]);
  useEffect(() => {
    setText((typed) => ((typed.trim() || undefined) === current ? typed : (current ?? '')));
  }, [current]);
  return [text, setText];
}

/** Search as the user types (after a pause); every other filter applies at once. */
export function MotifFilters({ value, onChange }: MotifFiltersProps) {
  const t = useT();
  const [q, setQ] = useTypedFilter(value.q, (text) =>
    onChange({ ...value, q: text, page: 1 }, { replace: true }),
  );
  const [holder, setHolder] = useTypedFilter(value.holder, (text) =>
    onChange(
      { ...value, holder: text, withoutIp: text ? undefined : value.withoutIp, page: 1 },
      { replace: true },
    ),
  );
  const active = activeFilters(value);
  // Open on a desk; on a phone folded away (unless a filter is on) so the list is near the top.
  const [open, setOpen] = useState(
    () =>
      active > 0 ||
      typeof window.matchMedia !== 'function' ||
      window.matchMedia('(min-width: 48rem)').matches,
  );

  function apply(patch: Partial<MotifQuery>) {
    onChange({ ...value, ...patch, page: 1 });
  }

  /** An IP filter and "without IP records" exclude each other: choosing one clears the other. */
  function applyIp(patch: Partial<MotifQuery>) {
    apply({ ...patch, withoutIp: undefined });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    apply({ q: q.trim() || undefined, holder: holder.trim() || undefined });
  }

  return (
    <search aria-label={t('motifs.filters')}>
      <form className="filters motif-filters" onSubmit={handleSubmit} noValidate>
        <div className="filters-search">
          <TextField
            label={t('motifs.search')}
            name="q"
            type="search"
            autoComplete="off"
            hint={t('motifs.searchHint')}
            value={q}
            onChange={(event) => setQ(event.target.value)}
          />
        </div>
        <details
          className="filters-more"
          open={open}
          onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
        >
          <summary>
            {t('motifs.moreFilters')}
            {active > 0 && ` (${t('motifs.activeFilters', { count: active })})`}
          </summary>
          <div className="filters-grid">
            <Select
              label={t('motifs.filter.status')}
              name="status"
              emptyLabel={t('common.all')}
              options={MOTIF_STATUSES.map((s) => ({ value: s, label: t(MOTIF_STATUS_LABEL[s]) }))}
              value={value.status ?? ''}
              onChange={(event) =>
                apply({ status: (event.target.value || undefined) as MotifQuery['status'] })
              }
            />
            <Select
              label={t('motifs.filter.technique')}
              name="technique"
              emptyLabel={t('common.all')}
              options={MOTIF_TECHNIQUES.map((tech) => ({ value: tech, label: t(TECHNIQUE_LABEL[tech]) }))}
              value={value.technique ?? ''}
              onChange={(event) =>
                apply({ technique: (event.target.value || undefined) as MotifQuery['technique'] })
              }
            />
            <Select
              label={t('motifs.filter.ipKind')}
              name="ipKind"
              emptyLabel={t('common.all')}
              options={IP_KINDS.map((kind) => ({ value: kind, label: t(IP_KIND_LABEL[kind]) }))}
              value={value.ipKind ?? ''}
              onChange={(event) =>
                applyIp({ ipKind: (event.target.value || undefined) as MotifQuery['ipKind'] })
              }
            />
            <Select
              label={t('motifs.filter.ipStatus')}
              name="ipStatus"
              emptyLabel={t('common.all')}
              options={IP_STATUSES.map((s) => ({ value: s, label: t(IP_STATUS_LABEL[s]) }))}
              value={value.ipStatus ?? ''}
              onChange={(event) =>
                applyIp({ ipStatus: (event.target.value || undefined) as MotifQuery['ipStatus'] })
              }
            />
            <TextField
              label={t('motifs.filter.holder')}
              name="holder"
              type="search"
              autoComplete="off"
              value={holder}
              onChange={(event) => setHolder(event.target.value)}
            />
            <Select
              label={t('motifs.filter.expiring')}
              name="expiringWithinMonths"
              emptyLabel={t('common.all')}
              options={EXPIRING_MONTHS.map((months) => ({
                value: String(months),
                label: t('motifs.filter.months', { count: months }),
              }))}
              value={value.expiringWithinMonths ? String(value.expiringWithinMonths) : ''}
              onChange={(event) => applyIp({ expiringWithinMonths: Number(event.target.value) || undefined })}
            />
            <Checkbox
              label={t('motifs.filter.withoutIp')}
              name="withoutIp"
              checked={value.withoutIp === 'true'}
              onChange={(event) =>
                apply(
                  event.target.checked
                    ? {
                        withoutIp: 'true',
                        ipKind: undefined,
                        ipStatus: undefined,
                        holder: undefined,
                        expiringWithinMonths: undefined,
                      }
                    : { withoutIp: undefined },
                )
              }
            />
            <div className="filters-actions">
              <Button
                variant="quiet"
                onClick={() => {
                  setQ('');
                  setHolder('');
                  onChange({ page: 1, pageSize: value.pageSize });
                }}
              >
                {t('common.clearFilters')}
              </Button>
            </div>
          </div>
        </details>
      </form>
    </search>
  );
}
