import { formatDate, formatNumber, formatRupiah } from '../../../lib/format';
import type { Lang, MessageKey, Translate } from '../../../lib/i18n';
import type { BusinessDetail, MergeChoice, MergeField } from '../api/types';

type Kind = 'text' | 'rupiah' | 'number' | 'date' | 'list' | 'bool';

interface FieldDef {
  field: MergeField;
  labelKey: MessageKey;
  kind: Kind;
  get: (b: BusinessDetail) => unknown;
}

const figure =
  (key: keyof BusinessDetail['figures']) =>
  (b: BusinessDetail): unknown =>
    b.figures[key];

/** The fields an officer may take from the merged record, in the order of the business form. */
export const MERGE_FIELDS: readonly FieldDef[] = [
  { field: 'name', labelKey: 'duplicates.field.name', kind: 'text', get: (b) => b.name },
  { field: 'legalForm', labelKey: 'duplicates.field.legalForm', kind: 'text', get: (b) => b.legalForm },
  { field: 'nib', labelKey: 'duplicates.field.nib', kind: 'text', get: (b) => b.nib },
  { field: 'address', labelKey: 'duplicates.field.address', kind: 'text', get: (b) => b.address },
  { field: 'wilayahCode', labelKey: 'duplicates.field.wilayahCode', kind: 'text', get: (b) => b.wilayahCode },
  { field: 'latitude', labelKey: 'duplicates.field.latitude', kind: 'number', get: (b) => b.latitude },
  { field: 'longitude', labelKey: 'duplicates.field.longitude', kind: 'number', get: (b) => b.longitude },
  { field: 'phone', labelKey: 'duplicates.field.phone', kind: 'text', get: (b) => b.phone },
  { field: 'whatsapp', labelKey: 'duplicates.field.whatsapp', kind: 'text', get: (b) => b.whatsapp },
  { field: 'email', labelKey: 'duplicates.field.email', kind: 'text', get: (b) => b.email },
  { field: 'yearFounded', labelKey: 'duplicates.field.yearFounded', kind: 'text', get: (b) => b.yearFounded },
  { field: 'techniques', labelKey: 'duplicates.field.techniques', kind: 'list', get: (b) => b.techniques },
  { field: 'marketReach', labelKey: 'duplicates.field.marketReach', kind: 'list', get: (b) => b.marketReach },
  { field: 'memberSince', labelKey: 'duplicates.field.memberSince', kind: 'date', get: (b) => b.memberSince },
  { field: 'isTenant', labelKey: 'duplicates.field.isTenant', kind: 'bool', get: (b) => b.isTenant },
  {
    field: 'workersMale',
    labelKey: 'duplicates.field.workersMale',
    kind: 'number',
    get: figure('workersMale'),
  },
  {
    field: 'workersFemale',
    labelKey: 'duplicates.field.workersFemale',
    kind: 'number',
    get: figure('workersFemale'),
  },
  {
    field: 'investmentIdr',
    labelKey: 'duplicates.field.investmentIdr',
    kind: 'rupiah',
    get: figure('investmentIdr'),
  },
  {
    field: 'investmentLandBuildingIdr',
    labelKey: 'duplicates.field.investmentLandBuildingIdr',
    kind: 'rupiah',
    get: figure('investmentLandBuildingIdr'),
  },
  {
    field: 'capacityInstalled',
    labelKey: 'duplicates.field.capacityInstalled',
    kind: 'number',
    get: figure('capacityInstalled'),
  },
  {
    field: 'capacityUsed',
    labelKey: 'duplicates.field.capacityUsed',
    kind: 'number',
    get: figure('capacityUsed'),
  },
  {
    field: 'capacityUnit',
    labelKey: 'duplicates.field.capacityUnit',
    kind: 'text',
    get: figure('capacityUnit'),
  },
  {
    field: 'productionVolume',
    labelKey: 'duplicates.field.productionVolume',
    kind: 'number',
    get: figure('productionVolume'),
  },
  {
    field: 'productionValueIdr',
    labelKey: 'duplicates.field.productionValueIdr',
    kind: 'rupiah',
    get: figure('productionValueIdr'),
  },
  {
    field: 'rawMaterialValueIdr',
    labelKey: 'duplicates.field.rawMaterialValueIdr',
    kind: 'rupiah',
    get: figure('rawMaterialValueIdr'),
  },
  {
    field: 'rawMaterialNote',
    labelKey: 'duplicates.field.rawMaterialNote',
    kind: 'text',
    get: figure('rawMaterialNote'),
  },
  { field: 'waterM3', labelKey: 'duplicates.field.waterM3', kind: 'number', get: figure('waterM3') },
  { field: 'fuelLitre', labelKey: 'duplicates.field.fuelLitre', kind: 'number', get: figure('fuelLitre') },
  {
    field: 'electricityKwh',
    labelKey: 'duplicates.field.electricityKwh',
    kind: 'number',
    get: figure('electricityKwh'),
  },
  {
    field: 'machinesCount',
    labelKey: 'duplicates.field.machinesCount',
    kind: 'number',
    get: figure('machinesCount'),
  },
  {
    field: 'machinesNote',
    labelKey: 'duplicates.field.machinesNote',
    kind: 'text',
    get: figure('machinesNote'),
  },
];

export const isEmptyValue = (v: unknown) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

export interface FieldDifference {
  def: FieldDef;
  kept: unknown;
  merged: unknown;
  /** What the server does when nothing is chosen: keep, unless the kept value is empty. */
  defaultChoice: MergeChoice;
}

/** The fields whose values differ between the two records. */
export function differingFields(kept: BusinessDetail, merged: BusinessDetail): FieldDifference[] {
  return MERGE_FIELDS.flatMap((def) => {
    const k = def.get(kept);
    const m = def.get(merged);
    if (JSON.stringify(k ?? null) === JSON.stringify(m ?? null)) return [];
    return [
      { def, kept: k, merged: m, defaultChoice: isEmptyValue(k) && !isEmptyValue(m) ? 'merge' : 'keep' },
    ];
  });
}

/** A field value as the user reads it: Rupiah, Indonesian dates, "Ya"/"Tidak", "—" for empty. */
export function formatFieldValue(value: unknown, kind: Kind, lang: Lang, t: Translate): string {
  if (isEmptyValue(value)) return t('duplicates.empty');
  switch (kind) {
    case 'rupiah':
      return formatRupiah(Number(value), lang);
    case 'number':
      return formatNumber(Number(value), lang);
    case 'date':
      return formatDate(String(value), lang);
    case 'list':
      return (value as unknown[]).join(', ');
    case 'bool':
      return value ? t('duplicates.yes') : t('duplicates.no');
    default:
      return String(value);
  }
}
