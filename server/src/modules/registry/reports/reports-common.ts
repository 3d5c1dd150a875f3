import type { Db } from '../../../db/client.js';
import { AppError } from '../../../lib/app-error.js';
import type { Lang } from '../../../lib/lang.js';
import { type Actor, assertCentreAccess } from '../../accounts/actor.js';
import { SIINAS_FIELDS } from '../registry.schemas.js';
import * as repo from './reports.repository.js';

/** What the SIINas report and the centre summary share: labels, periods, the centre asked for. */
export type Bi = { id: string; en: string };
export const say = (b: Bi, lang: Lang) => b[lang];

/** The production-stage fields of small industry that a SIINas semester report carries. */
export const SIINAS_SOURCE: Bi = {
  id: 'Permenperin 13/2025 Pasal 7 (data industri kecil tahap produksi, dilaporkan per semester melalui SIINas)',
  en: 'Permenperin 13/2025 Article 7 (small-industry production-stage data, reported each semester through SIINas)',
};

const COLUMN_LABELS: Record<(typeof SIINAS_FIELDS)[number], { label: Bi; unit: string | null }> = {
  workersMale: { label: { id: 'Tenaga kerja laki-laki', en: 'Male workers' }, unit: 'orang' },
  workersFemale: { label: { id: 'Tenaga kerja perempuan', en: 'Female workers' }, unit: 'orang' },
  investmentIdr: {
    label: { id: 'Nilai investasi tanpa tanah dan bangunan', en: 'Investment excluding land and buildings' },
    unit: 'Rp',
  },
  investmentLandBuildingIdr: {
    label: { id: 'Nilai investasi tanah dan bangunan', en: 'Investment in land and buildings' },
    unit: 'Rp',
  },
  capacityInstalled: { label: { id: 'Kapasitas terpasang', en: 'Installed capacity' }, unit: null },
  capacityUsed: {
    label: { id: 'Kapasitas produksi (terpakai)', en: 'Production capacity used' },
    unit: null,
  },
  capacityUnit: { label: { id: 'Satuan kapasitas/produksi', en: 'Capacity/production unit' }, unit: null },
  productionVolume: { label: { id: 'Jumlah produksi', en: 'Production volume' }, unit: null },
  productionValueIdr: { label: { id: 'Nilai produksi', en: 'Production value' }, unit: 'Rp' },
  rawMaterialValueIdr: { label: { id: 'Nilai bahan baku', en: 'Raw material value' }, unit: 'Rp' },
  rawMaterialNote: { label: { id: 'Jenis bahan baku', en: 'Raw materials' }, unit: null },
  waterM3: { label: { id: 'Air baku', en: 'Raw water' }, unit: 'm³' },
  fuelLitre: { label: { id: 'Bahan bakar dan pelumas', en: 'Fuel and lubricants' }, unit: 'liter' },
  electricityKwh: { label: { id: 'Listrik', en: 'Electricity' }, unit: 'kWh' },
  machinesCount: { label: { id: 'Mesin dan peralatan', en: 'Machines and equipment' }, unit: 'unit' },
  machinesNote: {
    label: { id: 'Keterangan mesin dan peralatan', en: 'Machines and equipment notes' },
    unit: null,
  },
};

export function siinasColumns(lang: Lang) {
  return SIINAS_FIELDS.map((key) => ({
    key,
    label: say(COLUMN_LABELS[key].label, lang),
    unit: COLUMN_LABELS[key].unit,
  }));
}

export const periodLabel = (year: number, semester: number, lang: Lang) =>
  lang === 'id' ? `Semester ${semester} Tahun ${year}` : `Semester ${semester} ${year}`;

/** Today in Asia/Jakarta (WIB): "valid today" means today for the Dinas. */
export { todayInJakarta } from '../../../lib/dates.js';

/** The centre a staff report covers: an admin may name one (or cover all); others their own. */
export function reportCentre(actor: Actor, requested: string | undefined): string | null {
  if (requested) {
    assertCentreAccess(actor, requested);
    return requested;
  }
  if (actor.role === 'admin') return actor.centreId;
  if (!actor.centreId) throw new AppError('FORBIDDEN', {}, 'actor without centre');
  return actor.centreId;
}

export async function centreRef(db: Db, centreId: string | null) {
  if (!centreId) return null;
  const name = await repo.centreName(db, centreId);
  if (name === null) throw new AppError('UNKNOWN_CENTRE');
  return { id: centreId, name };
}

export const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
