import type { MessageKey } from '../../../lib/i18n';
import type { SiinasFigures } from '../api/types';
import { type Parsed, parseCount, parseDecimal, parseRupiah, toInputText } from './numbers';

export type FigureField = keyof SiinasFigures;
export type FigureKind = 'count' | 'rupiah' | 'quantity' | 'text' | 'note';

export interface FigureDef {
  name: FigureField;
  kind: FigureKind;
  label: MessageKey;
  hint?: MessageKey;
}

/** The SIINas set, in the order of the SIINas form. */
export const FIGURES: readonly FigureDef[] = [
  { name: 'workersMale', kind: 'count', label: 'registry.f.workersMale' },
  { name: 'workersFemale', kind: 'count', label: 'registry.f.workersFemale' },
  {
    name: 'investmentIdr',
    kind: 'rupiah',
    label: 'registry.f.investmentIdr',
    hint: 'registry.f.investmentIdrHint',
  },
  { name: 'investmentLandBuildingIdr', kind: 'rupiah', label: 'registry.f.investmentLandBuildingIdr' },
  { name: 'capacityInstalled', kind: 'quantity', label: 'registry.f.capacityInstalled' },
  { name: 'capacityUsed', kind: 'quantity', label: 'registry.f.capacityUsed' },
  {
    name: 'capacityUnit',
    kind: 'text',
    label: 'registry.f.capacityUnit',
    hint: 'registry.f.capacityUnitHint',
  },
  { name: 'productionVolume', kind: 'quantity', label: 'registry.f.productionVolume' },
  { name: 'productionValueIdr', kind: 'rupiah', label: 'registry.f.productionValueIdr' },
  { name: 'rawMaterialValueIdr', kind: 'rupiah', label: 'registry.f.rawMaterialValueIdr' },
  {
    name: 'rawMaterialNote',
    kind: 'note',
    label: 'registry.f.rawMaterialNote',
    hint: 'registry.f.rawMaterialNoteHint',
  },
  { name: 'waterM3', kind: 'quantity', label: 'registry.f.waterM3' },
  { name: 'fuelLitre', kind: 'quantity', label: 'registry.f.fuelLitre' },
  { name: 'electricityKwh', kind: 'quantity', label: 'registry.f.electricityKwh' },
  { name: 'machinesCount', kind: 'count', label: 'registry.f.machinesCount' },
  { name: 'machinesNote', kind: 'note', label: 'registry.f.machinesNote' },
];

export const FIGURE_NAMES: readonly FigureField[] = FIGURES.map((f) => f.name);

export type FigureValues = Record<FigureField, string>;

const PARSERS: Record<'count' | 'rupiah' | 'quantity', (text: string) => Parsed> = {
  count: parseCount,
  rupiah: parseRupiah,
  quantity: parseDecimal,
};

const FORMAT_ERROR: Record<'count' | 'rupiah' | 'quantity', MessageKey> = {
  count: 'registry.v.countFormat',
  rupiah: 'registry.v.rupiahFormat',
  quantity: 'registry.v.numberFormat',
};

export function figureValues(figures: Partial<SiinasFigures> | undefined): FigureValues {
  const out = {} as FigureValues;
  for (const def of FIGURES) {
    const value = figures?.[def.name];
    out[def.name] =
      def.kind === 'text' || def.kind === 'note'
        ? String(value ?? '')
        : toInputText(typeof value === 'number' ? value : null);
  }
  return out;
}

/**
 * The figures as the API takes them (empty → null), and the inputs that could not be read as
 * numbers (by name, as dictionary keys).
 */
export function readFigures(values: FigureValues): {
  figures: { [K in FigureField]-?: NonNullable<SiinasFigures[K]> | null };
  unreadable: Partial<Record<FigureField, MessageKey>>;
} {
  const figures = {} as Record<FigureField, number | string | null>;
  const unreadable: Partial<Record<FigureField, MessageKey>> = {};
  for (const def of FIGURES) {
    const text = values[def.name] ?? '';
    if (def.kind === 'text' || def.kind === 'note') {
      figures[def.name] = text.trim() === '' ? null : text.trim();
      continue;
    }
    const parsed = PARSERS[def.kind](text);
    if (parsed.ok) figures[def.name] = parsed.value;
    else {
      figures[def.name] = null;
      unreadable[def.name] = FORMAT_ERROR[def.kind];
    }
  }
  return { figures: figures as never, unreadable };
}

export function totalWorkers(figures: Partial<SiinasFigures>): number | null {
  const { workersMale: m, workersFemale: f } = figures;
  if (m == null && f == null) return null;
  return (m ?? 0) + (f ?? 0);
}
