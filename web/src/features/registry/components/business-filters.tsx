import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Button } from '../../../components/button';
import { Select } from '../../../components/select';
import { TextField } from '../../../components/text-field';
import { useT } from '../../../lib/i18n';
import { useDebounced } from '../../../lib/use-debounced';
import { useKbli } from '../api/get-kbli';
import { useWilayahArea } from '../api/get-wilayah-area';
import type { BusinessQuery } from '../api/types';
import { CERT_KINDS, CERT_LABEL, SIZE_CLASSES, SIZE_LABEL, TECHNIQUE_LABEL, TECHNIQUES } from '../lib/labels';
import { SORTS, type Sort } from '../lib/list-query';

export interface BusinessFiltersProps {
  value: BusinessQuery;
  regency: string;
  /** `replace` while typing, so Back does not step through every letter. */
  onChange: (value: BusinessQuery, options?: { replace?: boolean }) => void;
}

const SORT_LABEL = {
  name: 'registry.sort.name',
  '-name': 'registry.sort.nameDesc',
  '-updatedAt': 'registry.sort.updatedDesc',
  updatedAt: 'registry.sort.updated',
  '-workers': 'registry.sort.workersDesc',
  workers: 'registry.sort.workers',
} as const satisfies Record<Sort, string>;

/** Search as the user types (after a pause); every other filter applies at once. */
export function BusinessFilters({ value, regency, onChange }: BusinessFiltersProps) {
  const t = useT();
  const area = useWilayahArea(regency);
  const kbli = useKbli();
  const [text, setText] = useState(value.q ?? '');
  const debounced = useDebounced(text, 400);
  const latest = useRef({ value, onChange });
  latest.current = { value, onChange };

  useEffect(() => {
    const q = debounced.trim() || undefined;
    const current = latest.current;
    if (q !== current.value.q) current.onChange({ ...current.value, q, page: 1 }, { replace: true });
  }, [debounced]);

  // Filters cleared or a link followed: the box shows what the address says.
  useEffect(() => {
    setText((typed) => ((typed.trim() || undefined) === value.q ? typed : (value.q ?? '')));
  }, [value.q]);

  const active = [
    value.kecamatan,
    value.kelurahan,
    value.kbli,
    value.technique,
    value.certification,
    value.sizeClass,
    value.member,
    value.tenant,
  ].filter(Boolean).length;
  // Open on a desk; on a phone folded away (unless a filter is on) so the list is near the top.
  const [open, setOpen] = useState(
    () =>
      active > 0 ||
      typeof window.matchMedia !== 'function' ||
      window.matchMedia('(min-width: 48rem)').matches,
  );

  function apply(patch: Partial<BusinessQuery>) {
    onChange({ ...value, ...patch, page: 1 });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    apply({ q: text.trim() || undefined });
  }

  const kelurahan = (area.data?.kelurahan ?? []).filter(
    (k) => !value.kecamatan || k.code.startsWith(`${value.kecamatan}.`),
  );
  const yesNo = [
    { value: 'true', label: t('registry.yes') },
    { value: 'false', label: t('registry.no') },
  ];

  return (
    <search aria-label={t('registry.filters')}>
      <form className="filters registry-filters" onSubmit={handleSubmit} noValidate>
        <div className="filters-search">
          <TextField
            label={t('registry.search')}
            name="q"
            type="search"
            autoComplete="off"
            hint={t('registry.searchHint')}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <details
          className="filters-more"
          open={open}
          onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
        >
          <summary>
            {t('registry.moreFilters')}
            {active > 0 && ` (${t('registry.activeFilters', { count: active })})`}
          </summary>
          <div className="filters-grid">
            <Select
              label={t('registry.kecamatan')}
              name="kecamatan"
              emptyLabel={t('common.all')}
              options={(area.data?.kecamatan ?? []).map((k) => ({ value: k.code, label: k.name }))}
              value={value.kecamatan ?? ''}
              onChange={(event) => {
                const kecamatan = event.target.value || undefined;
                const keep = value.kelurahan && kecamatan && value.kelurahan.startsWith(`${kecamatan}.`);
                apply({ kecamatan, kelurahan: keep ? value.kelurahan : undefined });
              }}
            />
            <Select
              label={t('registry.kelurahan')}
              name="kelurahan"
              emptyLabel={t('common.all')}
              options={kelurahan.map((k) => ({ value: k.code, label: k.name }))}
              value={value.kelurahan ?? ''}
              onChange={(event) => apply({ kelurahan: event.target.value || undefined })}
            />
            <Select
              label={t('registry.kbli')}
              name="kbli"
              emptyLabel={t('common.all')}
              options={(kbli.data ?? []).map((k) => ({ value: k.code, label: `${k.code} ${k.title}` }))}
              value={value.kbli ?? ''}
              onChange={(event) => apply({ kbli: event.target.value || undefined })}
            />
            <Select
              label={t('registry.technique')}
              name="technique"
              emptyLabel={t('common.all')}
              options={TECHNIQUES.map((tech) => ({ value: tech, label: t(TECHNIQUE_LABEL[tech]) }))}
              value={value.technique ?? ''}
              onChange={(event) =>
                apply({ technique: (event.target.value || undefined) as BusinessQuery['technique'] })
              }
            />
            <Select
              label={t('registry.certification')}
              name="certification"
              emptyLabel={t('common.all')}
              options={CERT_KINDS.map((kind) => ({ value: kind, label: t(CERT_LABEL[kind]) }))}
              value={value.certification ?? ''}
              onChange={(event) =>
                apply({ certification: (event.target.value || undefined) as BusinessQuery['certification'] })
              }
            />
            <Select
              label={t('registry.sizeClass')}
              name="sizeClass"
              emptyLabel={t('common.all')}
              options={SIZE_CLASSES.map((size) => ({ value: size, label: t(SIZE_LABEL[size]) }))}
              value={value.sizeClass ?? ''}
              onChange={(event) =>
                apply({ sizeClass: (event.target.value || undefined) as BusinessQuery['sizeClass'] })
              }
            />
            <Select
              label={t('registry.member')}
              name="member"
              emptyLabel={t('common.all')}
              options={yesNo}
              value={value.member ?? ''}
              onChange={(event) =>
                apply({ member: (event.target.value || undefined) as BusinessQuery['member'] })
              }
            />
            <Select
              label={t('registry.tenant')}
              name="tenant"
              emptyLabel={t('common.all')}
              options={yesNo}
              value={value.tenant ?? ''}
              onChange={(event) =>
                apply({ tenant: (event.target.value || undefined) as BusinessQuery['tenant'] })
              }
            />
            <Select
              label={t('registry.sort')}
              name="sort"
              options={SORTS.map((sort) => ({ value: sort, label: t(SORT_LABEL[sort]) }))}
              value={value.sort ?? 'name'}
              onChange={(event) =>
                apply({ sort: event.target.value === 'name' ? undefined : (event.target.value as Sort) })
              }
            />
            <div className="filters-actions">
              <Button
                variant="quiet"
                onClick={() => {
                  setText('');
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
