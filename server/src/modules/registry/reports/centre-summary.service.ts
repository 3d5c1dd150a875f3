import type { Db } from '../../../db/client.js';
import type { RequestContext } from '../../accounts/actor.js';
import { loadSizeRule } from '../size-class.js';
import * as repo from './reports.repository.js';
import type { TCentreSummary, TSummaryQuery, TTracedFigure } from './reports.schemas.js';

import { type Bi, centreRef, reportCentre, say, todayInJakarta } from './reports-common.js';

const SOURCE_REGISTRY: Bi = { id: 'data registri', en: 'registry data' };
const ACTIVE: Bi = {
  id: 'usaha IKM aktif di sentra ini (tidak termasuk data yang sudah digabung ke data lain sebagai duplikat)',
  en: 'active IKM businesses of this centre (records merged into another as duplicates excluded)',
};

const TECHNIQUE_LABEL: Record<string, Bi> = {
  tulis: { id: 'Batik tulis', en: 'Batik tulis (hand-drawn)' },
  cap: { id: 'Batik cap', en: 'Batik cap (stamped)' },
  kombinasi: { id: 'Batik kombinasi tulis dan cap', en: 'Batik kombinasi (tulis and cap)' },
  printing: { id: 'Printing (bukan batik menurut SNI)', en: 'Printing (not batik under SNI)' },
};
const SIZE_LABEL: Record<string, Bi> = {
  mikro: { id: 'Usaha mikro', en: 'Micro enterprises' },
  kecil: { id: 'Usaha kecil', en: 'Small enterprises' },
  menengah: { id: 'Usaha menengah', en: 'Medium enterprises' },
  besar: { id: 'Usaha besar', en: 'Large enterprises' },
  tidak_diketahui: { id: 'Kelas ukuran belum diketahui', en: 'Size class not known' },
};
const CERTS: {
  key: string;
  match: (c: string) => boolean;
  label: Bi;
  source: string;
  filter: string | null;
}[] = [
  {
    key: 'batikmark',
    match: (c) => c === 'batikmark' || c.startsWith('batikmark:'),
    label: { id: 'Batikmark (semua kategori)', en: 'Batikmark (all categories)' },
    source: 'Permenperin 74/M-IND/PER/9/2007 (Batikmark "batik INDONESIA")',
    filter: 'batikmark',
  },
  ...(['tulis', 'cap', 'kombinasi'] as const).map((cat) => ({
    key: `batikmark.${cat}`,
    match: (c: string) => c === `batikmark:${cat}`,
    label: {
      id: `Batikmark kategori batik ${cat}`,
      en: `Batikmark, batik ${cat} category`,
    },
    source: `Permenperin 74/M-IND/PER/9/2007; SNI ${{ tulis: '8302', cap: '8303', kombinasi: '8304' }[cat]}:2016/Amd.1:2019`,
    filter: null,
  })),
  {
    key: 'sni_8302',
    match: (c) => c === 'sni_8302',
    label: { id: 'SNI 8302 (batik tulis)', en: 'SNI 8302 (batik tulis)' },
    source: 'SNI 8302:2016/Amd.1:2019',
    filter: 'sni_8302',
  },
  {
    key: 'sni_8303',
    match: (c) => c === 'sni_8303',
    label: { id: 'SNI 8303 (batik cap)', en: 'SNI 8303 (batik cap)' },
    source: 'SNI 8303:2016/Amd.1:2019',
    filter: 'sni_8303',
  },
  {
    key: 'sni_8304',
    match: (c) => c === 'sni_8304',
    label: { id: 'SNI 8304 (batik kombinasi)', en: 'SNI 8304 (batik kombinasi)' },
    source: 'SNI 8304:2016/Amd.1:2019',
    filter: 'sni_8304',
  },
  {
    key: 'halal',
    match: (c) => c === 'halal',
    label: { id: 'Sertifikat halal', en: 'Halal certificate' },
    source: 'data registri',
    filter: 'halal',
  },
  {
    key: 'pirt',
    match: (c) => c === 'pirt',
    label: { id: 'PIRT', en: 'PIRT (home-industry food permit)' },
    source: 'data registri',
    filter: 'pirt',
  },
];

const LIST_URL = '/api/registry/businesses';
const trace = (filters: Record<string, string>) =>
  `${LIST_URL}?${new URLSearchParams({ ...filters, pageSize: '100' }).toString()}`;

/**
 * The centre summary. Every figure says how it is computed, on what basis, and which businesses
 * make it up (and, where the business list has a matching filter, the list address that shows
 * them), so any number in an upward report can be checked back to the records.
 */
export async function centreSummary(db: Db, ctx: RequestContext, q: TSummaryQuery): Promise<TCentreSummary> {
  const lang = ctx.lang;
  const centreId = reportCentre(ctx.actor, q.centreId);
  const today = todayInJakarta();
  const [centre, rule] = await Promise.all([centreRef(db, centreId), loadSizeRule(db, today)]);
  const rows = await repo.summarySource(db, centreId, rule.thresholds, today);
  // The list endpoint scopes by the actor's own centre; its address traces a figure only when the
  // summary covers that same scope (not when an admin of every centre picks one centre).
  const traceable = centreId === ctx.actor.centreId;
  const figures: TTracedFigure[] = [];
  const count = (
    key: string,
    group: TTracedFigure['group'],
    label: Bi,
    ruleText: Bi,
    source: string | Bi,
    pick: (r: repo.SummarySourceRow) => boolean,
    filters: Record<string, string> | null,
  ) => {
    const ids = rows.filter(pick).map((r) => r.id);
    figures.push({
      key,
      group,
      label: say(label, lang),
      unit: 'usaha',
      value: ids.length,
      rule: say(ruleText, lang),
      source: typeof source === 'string' ? source : say(source, lang),
      businessIds: ids,
      traceUrl: filters && traceable ? trace(filters) : null,
    });
  };
  const sum = (
    key: string,
    group: TTracedFigure['group'],
    unit: 'orang' | 'rupiah',
    label: Bi,
    ruleText: Bi,
    source: Bi,
    value: (r: repo.SummarySourceRow) => number | null,
  ) => {
    const contributing = rows.filter((r) => value(r) !== null);
    const total = contributing.reduce((acc, r) => acc + (value(r) ?? 0), 0);
    figures.push({
      key,
      group,
      label: say(label, lang),
      unit,
      value: unit === 'rupiah' ? Math.round(total * 100) / 100 : total,
      rule: say(ruleText, lang),
      source: say(source, lang),
      businessIds: contributing.map((r) => r.id),
      traceUrl: null,
    });
  };

  count(
    'businesses.total',
    'businesses',
    { id: 'Usaha IKM aktif', en: 'Active IKM businesses' },
    { id: `Jumlah ${ACTIVE.id}.`, en: `Number of ${ACTIVE.en}.` },
    SOURCE_REGISTRY,
    () => true,
    {},
  );

  const sizeRule: Bi = {
    id: `Kelas ukuran menurut modal usaha (investasi tanpa tanah dan bangunan): mikro ≤ Rp ${rule.thresholds.mikroCapital.toLocaleString('id-ID')}, kecil ≤ Rp ${rule.thresholds.kecilCapital.toLocaleString('id-ID')}, menengah ≤ Rp ${rule.thresholds.menengahCapital.toLocaleString('id-ID')}; bila modal usaha tidak diisi, menurut nilai produksi/penjualan tahunan (mikro ≤ Rp ${rule.thresholds.mikroSales.toLocaleString('id-ID')}, kecil ≤ Rp ${rule.thresholds.kecilSales.toLocaleString('id-ID')}, menengah ≤ Rp ${rule.thresholds.menengahSales.toLocaleString('id-ID')}). Aturan yang sama dengan daftar usaha.`,
    en: `Size class by business capital (investment excluding land and buildings): micro ≤ Rp ${rule.thresholds.mikroCapital.toLocaleString('id-ID')}, small ≤ Rp ${rule.thresholds.kecilCapital.toLocaleString('id-ID')}, medium ≤ Rp ${rule.thresholds.menengahCapital.toLocaleString('id-ID')}; when capital is not filled in, by annual production/sales value (micro ≤ Rp ${rule.thresholds.mikroSales.toLocaleString('id-ID')}, small ≤ Rp ${rule.thresholds.kecilSales.toLocaleString('id-ID')}, medium ≤ Rp ${rule.thresholds.menengahSales.toLocaleString('id-ID')}). The same rule as the business list.`,
  };
  const sizeSource = `${rule.capitalSource}; ${rule.salesSource}`;
  for (const cls of ['mikro', 'kecil', 'menengah', 'besar', 'tidak_diketahui'] as const) {
    const label = SIZE_LABEL[cls] as Bi;
    count(
      `sizeClass.${cls}`,
      'sizeClass',
      label,
      cls === 'tidak_diketahui'
        ? {
            id: 'Usaha aktif yang belum mengisi modal usaha maupun nilai produksi, sehingga kelas ukurannya belum dapat ditentukan.',
            en: 'Active businesses with neither business capital nor production value filled in, so their size class cannot be determined.',
          }
        : sizeRule,
      cls === 'tidak_diketahui' ? SOURCE_REGISTRY : sizeSource,
      (r) => (r.size_class ?? 'tidak_diketahui') === cls,
      cls === 'tidak_diketahui' ? null : { sizeClass: cls },
    );
  }

  for (const tech of ['tulis', 'cap', 'kombinasi', 'printing'] as const) {
    count(
      `technique.${tech}`,
      'technique',
      TECHNIQUE_LABEL[tech] as Bi,
      {
        id: `Usaha aktif yang mencatat teknik "${tech}" (satu usaha dapat memakai beberapa teknik, jadi jumlah per teknik dapat melebihi jumlah usaha).`,
        en: `Active businesses recording the "${tech}" technique (a business may use several, so the technique counts may exceed the number of businesses).`,
      },
      tech === 'printing'
        ? 'SNI 8302–8304:2016/Amd.1:2019 (printing bukan batik)'
        : {
            id: 'SNI 8302–8304:2016/Amd.1:2019; data registri',
            en: 'SNI 8302–8304:2016/Amd.1:2019; registry data',
          },
      (r) => r.techniques.includes(tech),
      { technique: tech },
    );
  }

  const kecamatan = new Map<string, string>();
  for (const r of rows)
    if (!kecamatan.has(r.kecamatan_code)) kecamatan.set(r.kecamatan_code, r.kecamatan ?? r.kecamatan_code);
  for (const [code, name] of [...kecamatan].sort((x, y) => x[1].localeCompare(y[1]))) {
    count(
      `kecamatan.${code}`,
      'kecamatan',
      { id: `Kecamatan ${name}`, en: `${name} district` },
      {
        id: `Usaha aktif yang alamatnya di kelurahan dalam Kecamatan ${name} (kode wilayah ${code}).`,
        en: `Active businesses whose address lies in a village of ${name} district (region code ${code}).`,
      },
      {
        id: 'Kepmendagri 300.2.2-2138/2025 (kode wilayah); data registri',
        en: 'Kepmendagri 300.2.2-2138/2025 (region codes); registry data',
      },
      (r) => r.kecamatan_code === code,
      { kecamatan: code },
    );
  }

  const workersSource: Bi = {
    id: 'Permenperin 13/2025 Pasal 7 (tenaga kerja); data registri',
    en: 'Permenperin 13/2025 Article 7 (workers); registry data',
  };
  const notFilled: Bi = {
    id: 'usaha yang belum mengisinya tidak dihitung',
    en: 'businesses that have not filled it in are not counted',
  };
  sum(
    'workers.male',
    'workers',
    'orang',
    { id: 'Tenaga kerja laki-laki', en: 'Male workers' },
    {
      id: `Jumlah isian "tenaga kerja laki-laki" pada data ${ACTIVE.id}; ${notFilled.id}.`,
      en: `Sum of "male workers" on the records of ${ACTIVE.en}; ${notFilled.en}.`,
    },
    workersSource,
    (r) => r.workers_male,
  );
  sum(
    'workers.female',
    'workers',
    'orang',
    { id: 'Tenaga kerja perempuan', en: 'Female workers' },
    {
      id: `Jumlah isian "tenaga kerja perempuan" pada data ${ACTIVE.id}; ${notFilled.id}.`,
      en: `Sum of "female workers" on the records of ${ACTIVE.en}; ${notFilled.en}.`,
    },
    workersSource,
    (r) => r.workers_female,
  );
  sum(
    'workers.total',
    'workers',
    'orang',
    { id: 'Tenaga kerja seluruhnya', en: 'All workers' },
    {
      id: `Tenaga kerja laki-laki ditambah perempuan pada data ${ACTIVE.id}; ${notFilled.id}.`,
      en: `Male plus female workers on the records of ${ACTIVE.en}; ${notFilled.en}.`,
    },
    workersSource,
    (r) =>
      r.workers_male === null && r.workers_female === null
        ? null
        : (r.workers_male ?? 0) + (r.workers_female ?? 0),
  );
  sum(
    'production.valueIdr',
    'production',
    'rupiah',
    { id: 'Nilai produksi per tahun', en: 'Annual production value' },
    {
      id: `Jumlah isian "nilai produksi per tahun" (rupiah) pada data ${ACTIVE.id}; ${notFilled.id}.`,
      en: `Sum of "annual production value" (rupiah) on the records of ${ACTIVE.en}; ${notFilled.en}.`,
    },
    {
      id: 'Permenperin 13/2025 Pasal 7 (nilai produksi); data registri',
      en: 'Permenperin 13/2025 Article 7 (production value); registry data',
    },
    (r) => (r.production_value_idr === null ? null : Number(r.production_value_idr)),
  );

  for (const c of CERTS) {
    count(
      `certifications.${c.key}`,
      'certifications',
      c.label,
      {
        id: `Usaha aktif yang memegang sedikitnya satu sertifikat ${say(c.label, 'id')} yang berlaku pada ${today} (tanggal berlaku sampai kosong atau tidak sebelum hari ini, WIB).`,
        en: `Active businesses holding at least one ${say(c.label, 'en')} certificate valid on ${today} (valid-until empty or not before today, WIB).`,
      },
      c.source === 'data registri' ? SOURCE_REGISTRY : c.source,
      (r) => r.certs.some(c.match),
      c.filter ? { certification: c.filter } : null,
    );
  }

  count(
    'membership.members',
    'membership',
    { id: 'Anggota sentra', en: 'Centre members' },
    {
      id: 'Usaha aktif yang tercatat sebagai anggota sentra (tanggal "anggota sejak" terisi).',
      en: 'Active businesses recorded as centre members ("member since" date filled in).',
    },
    SOURCE_REGISTRY,
    (r) => r.is_member,
    { member: 'true' },
  );
  count(
    'membership.tenants',
    'membership',
    { id: 'Penyewa unit produksi sentra', en: 'Tenants of centre production units' },
    {
      id: 'Usaha aktif yang tercatat sebagai penyewa (tenant) unit di sentra.',
      en: 'Active businesses recorded as tenants of a unit in the centre.',
    },
    SOURCE_REGISTRY,
    (r) => r.is_tenant,
    { tenant: 'true' },
  );

  return {
    centre,
    asOf: today,
    generatedAt: new Date().toISOString(),
    figures,
    businesses: rows.map((r) => ({ id: r.id, name: r.name, nib: r.nib })),
  };
}
