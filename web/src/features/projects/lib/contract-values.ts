import { todayInJakarta } from '../../../lib/format';
import { parseCount, parseRupiah, toInputText } from '../../registry/lib/numbers';
import type { Contract, ContractBody, ContractStatus, PenaltyBase, UpdateContractBody } from '../api/types';
import { parsePercent, percentInputText } from './numbers';

/** What the contract form holds: text as typed (Rupiah as "17.863.250.000"), dates as YYYY-MM-DD. */
export interface ContractValues {
  packageName: string;
  funding: string;
  fiscalYear: string;
  allocationIdr: string;
  contractValueIdr: string;
  taxPct: string;
  contractor: string;
  supervisor: string;
  ppkName: string;
  contractNumber: string;
  contractDate: string;
  spmkDate: string;
  endDate: string;
  maintenanceDays: string;
  penaltyBase: string;
  notes: string;
  // Only once the contract exists:
  status: string;
  phoDate: string;
  fhoDate: string;
  terminatedOn: string;
}

export type ContractField = keyof ContractValues;

export const REQUIRED_FIELDS: readonly ContractField[] = [
  'packageName',
  'funding',
  'fiscalYear',
  'allocationIdr',
  'contractValueIdr',
  'contractor',
  'contractNumber',
  'contractDate',
  'spmkDate',
  'endDate',
];

export function emptyContractValues(): ContractValues {
  return {
    packageName: '',
    funding: '',
    fiscalYear: todayInJakarta().slice(0, 4),
    allocationIdr: '',
    contractValueIdr: '',
    // PPN is 11 % on construction since April 2022; the RAB's JUMLAH × 1,11 is the contract value.
    taxPct: '11',
    contractor: '',
    supervisor: '',
    ppkName: '',
    contractNumber: '',
    contractDate: '',
    spmkDate: '',
    endDate: '',
    maintenanceDays: '180',
    penaltyBase: 'nilai_kontrak',
    notes: '',
    status: 'berjalan',
    phoDate: '',
    fhoDate: '',
    terminatedOn: '',
  };
}

export function contractValues(c: Contract): ContractValues {
  return {
    packageName: c.packageName,
    funding: c.funding,
    fiscalYear: String(c.fiscalYear),
    allocationIdr: toInputText(Number(c.allocationIdr)),
    contractValueIdr: toInputText(Number(c.contractValueIdr)),
    taxPct: percentInputText(c.taxPct),
    contractor: c.contractor,
    supervisor: c.supervisor ?? '',
    ppkName: c.ppkName ?? '',
    contractNumber: c.contractNumber,
    contractDate: c.contractDate,
    spmkDate: c.spmkDate,
    endDate: c.endDate,
    maintenanceDays: String(c.maintenanceDays),
    penaltyBase: c.penaltyBase,
    notes: c.notes ?? '',
    status: c.status,
    phoDate: c.phoDate ?? '',
    fhoDate: c.fhoDate ?? '',
    terminatedOn: c.terminatedOn ?? '',
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** A number the form could read, or the names of the fields it could not. */
function readNumbers(values: ContractValues) {
  const unreadable: ContractField[] = [];
  const rupiah = (name: 'allocationIdr' | 'contractValueIdr') => {
    const parsed = parseRupiah(values[name]);
    if (!parsed.ok) unreadable.push(name);
    return parsed.ok ? parsed.value : null;
  };
  const whole = (name: 'fiscalYear' | 'maintenanceDays') => {
    const parsed = parseCount(values[name]);
    if (!parsed.ok) unreadable.push(name);
    return parsed.ok ? parsed.value : null;
  };
  const tax = parsePercent(values.taxPct);
  if (tax !== null && Number.isNaN(tax)) unreadable.push('taxPct');
  return {
    fiscalYear: whole('fiscalYear'),
    allocationIdr: rupiah('allocationIdr'),
    contractValueIdr: rupiah('contractValueIdr'),
    taxPct: tax === null || Number.isNaN(tax) ? 0 : tax,
    maintenanceDays: whole('maintenanceDays'),
    unreadable,
  };
}

/**
 * The request body the values stand for, and the fields that could not be read as numbers. The
 * server checks everything else (ranges, dates in order) and names the field it refuses.
 */
export function contractBody(values: ContractValues): { body: ContractBody; unreadable: ContractField[] } {
  const n = readNumbers(values);
  const body: ContractBody = {
    packageName: values.packageName.trim(),
    funding: values.funding.trim(),
    fiscalYear: n.fiscalYear ?? 0,
    allocationIdr: n.allocationIdr ?? 0,
    contractValueIdr: n.contractValueIdr ?? 0,
    taxPct: n.taxPct,
    contractor: values.contractor.trim(),
    supervisor: orNull(values.supervisor),
    ppkName: orNull(values.ppkName),
    contractNumber: values.contractNumber.trim(),
    contractDate: values.contractDate,
    spmkDate: values.spmkDate,
    endDate: values.endDate,
    maintenanceDays: n.maintenanceDays ?? 180,
    penaltyBase: values.penaltyBase as PenaltyBase,
    notes: orNull(values.notes),
  };
  return { body, unreadable: n.unreadable };
}

/** The body of a change: the contract's fields plus its completion and status. */
export function updateBody(values: ContractValues): {
  body: UpdateContractBody;
  unreadable: ContractField[];
} {
  const { body, unreadable } = contractBody(values);
  return {
    body: {
      ...body,
      status: values.status as ContractStatus,
      phoDate: orNull(values.phoDate),
      fhoDate: orNull(values.fhoDate),
      terminatedOn: orNull(values.terminatedOn),
    },
    unreadable,
  };
}
