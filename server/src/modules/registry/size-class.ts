import type { DbOrTx } from '../../db/client.js';
import type { Lang } from '../../lib/lang.js';
import { regulationParameter } from '../reference/reference.service.js';
import type { SizeThresholds } from './registry.repository.js';

export type SizeClass = 'mikro' | 'kecil' | 'menengah' | 'besar';

export interface SizeClassResult {
  sizeClass: SizeClass | null;
  basis: 'modal_usaha' | 'penjualan' | 'tidak_diketahui';
  explanation: string;
  legalSource: string | null;
}

const KEYS = {
  mikroCapital: 'registry.size_class.mikro_max_capital_idr',
  kecilCapital: 'registry.size_class.kecil_max_capital_idr',
  menengahCapital: 'registry.size_class.menengah_max_capital_idr',
  mikroSales: 'registry.size_class.mikro_max_sales_idr',
  kecilSales: 'registry.size_class.kecil_max_sales_idr',
  menengahSales: 'registry.size_class.menengah_max_sales_idr',
} as const;

export interface SizeRule {
  thresholds: SizeThresholds;
  capitalSource: string;
  salesSource: string;
}

// The rule changes only when regulation_parameter does (a new release): read it once a minute
// per database, not six queries per request.
const CACHE_MS = 60_000;
const cache = new WeakMap<object, Map<string, { at: number; rule: Promise<SizeRule> }>>();

/** The thresholds of PP 7/2021 Pasal 35 as they stand in regulation_parameter on a date. */
export function loadSizeRule(db: DbOrTx, onDate = new Date().toISOString().slice(0, 10)): Promise<SizeRule> {
  const perDb = cache.get(db) ?? new Map<string, { at: number; rule: Promise<SizeRule> }>();
  cache.set(db, perDb);
  const hit = perDb.get(onDate);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.rule;
  const rule = readSizeRule(db, onDate);
  perDb.set(onDate, { at: Date.now(), rule });
  rule.catch(() => perDb.delete(onDate));
  return rule;
}

async function readSizeRule(db: DbOrTx, onDate: string): Promise<SizeRule> {
  const entries = await Promise.all(
    Object.entries(KEYS).map(async ([k, key]) => [k, await regulationParameter(db, key, onDate)] as const),
  );
  const byKey = Object.fromEntries(entries);
  const thresholds = Object.fromEntries(entries.map(([k, v]) => [k, v.value])) as unknown as SizeThresholds;
  const source = (k: keyof typeof KEYS) => byKey[k]?.legalSource.replace(/ huruf [a-z]$/, '') ?? '';
  return { thresholds, capitalSource: source('mikroCapital'), salesSource: source('mikroSales') };
}

const rupiah = (n: number) => `Rp ${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 }).format(n)}`;

/**
 * Mikro, kecil, menengah or besar: by modal usaha (investment without land and buildings) when it
 * is known, else by annual sales (production value); the explanation names the figure, the
 * threshold it fell under and the article. The SQL twin is sizeClassSql in the repository.
 */
export function classifySize(
  figures: { investmentIdr?: number | null; productionValueIdr?: number | null },
  rule: SizeRule,
  lang: Lang,
): SizeClassResult {
  const t = rule.thresholds;
  const pick = (value: number, limits: [SizeClass, number][]): [SizeClass, number | null] => {
    for (const [cls, max] of limits) if (value <= max) return [cls, max];
    return ['besar', null];
  };
  const say = (
    basisId: string,
    basisEn: string,
    value: number,
    cls: SizeClass,
    max: number | null,
    source: string,
  ) => {
    const limit =
      max === null
        ? lang === 'id'
          ? 'di atas batas usaha menengah'
          : 'above the medium-enterprise limit'
        : `≤ ${rupiah(max)}`;
    return lang === 'id'
      ? `${basisId} ${rupiah(value)} ${limit} → usaha ${cls} (${source}).`
      : `${basisEn} ${rupiah(value)} ${limit} → ${cls} enterprise (${source}).`;
  };
  if (figures.investmentIdr != null) {
    const [cls, max] = pick(figures.investmentIdr, [
      ['mikro', t.mikroCapital],
      ['kecil', t.kecilCapital],
      ['menengah', t.menengahCapital],
    ]);
    return {
      sizeClass: cls,
      basis: 'modal_usaha',
      explanation: say(
        'Modal usaha (investasi tanpa tanah dan bangunan)',
        'Business capital (investment without land and buildings)',
        figures.investmentIdr,
        cls,
        max,
        rule.capitalSource,
      ),
      legalSource: rule.capitalSource,
    };
  }
  if (figures.productionValueIdr != null) {
    const [cls, max] = pick(figures.productionValueIdr, [
      ['mikro', t.mikroSales],
      ['kecil', t.kecilSales],
      ['menengah', t.menengahSales],
    ]);
    return {
      sizeClass: cls,
      basis: 'penjualan',
      explanation: say(
        'Nilai produksi/penjualan tahunan',
        'Annual production/sales value',
        figures.productionValueIdr,
        cls,
        max,
        rule.salesSource,
      ),
      legalSource: rule.salesSource,
    };
  }
  return {
    sizeClass: null,
    basis: 'tidak_diketahui',
    explanation:
      lang === 'id'
        ? 'Belum dapat ditentukan: isi nilai investasi tanpa tanah dan bangunan, atau nilai produksi per tahun.'
        : 'Cannot be determined yet: fill in the investment without land and buildings, or the annual production value.',
    legalSource: null,
  };
}
