import * as z from 'zod/mini';
import type { MessageKey, Translate } from '../../../lib/i18n';
import { BATIK_CATEGORIES, CERT_KINDS, LEGAL_FORMS, MARKET_REACH, PERSON_ROLES, TECHNIQUES } from './labels';

/*
 * The server's request rules (server/src/modules/registry/registry.schemas.ts), repeated here so
 * a form can say what is wrong while the person types. The server stays the authority: its field
 * errors are shown too. A message is a dictionary key, with values after "?" ("…tooLong?max=200").
 */
function msg(key: MessageKey, vars?: Record<string, number>): { error: string } {
  if (!vars) return { error: key };
  const query = Object.entries(vars)
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  return { error: `${key}?${query}` };
}

/** Turns a schema message back into text in the user's language. */
export function issueText(message: string, t: Translate): string {
  const [key, query] = message.split('?') as [string, string | undefined];
  const vars: Record<string, string> = {};
  for (const part of (query ?? '').split('&').filter(Boolean)) {
    const [name, value] = part.split('=');
    if (name) vars[name] = value ?? '';
  }
  return t(key as MessageKey, vars);
}

const required = (max: number) =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, msg('registry.v.required')),
      z.maxLength(max, msg('registry.v.tooLong', { max })),
    );
const optional = (max: number) =>
  z.nullish(z.string().check(z.trim(), z.maxLength(max, msg('registry.v.tooLong', { max }))));
const between = (min: number, max: number, integer = false) =>
  z
    .number()
    .check(
      ...(integer ? [z.int(msg('registry.v.whole'))] : []),
      z.minimum(min, min === 0 ? msg('registry.v.nonNegative') : msg('registry.v.range', { min, max })),
      z.maximum(max, min === 0 ? msg('registry.v.tooBig') : msg('registry.v.range', { min, max })),
    );
const rupiah = z.nullish(between(0, 1e15));
const quantity = z.nullish(between(0, 1e12));
const count = z.nullish(between(0, 100_000, true));
const isoDate = z.nullish(z.iso.date(msg('registry.v.date')));
const choice = <T extends string>(values: readonly T[]) =>
  z.enum(values as [T, ...T[]], msg('registry.v.choose'));

export const KELURAHAN_CODE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

/** The SIINas figures for small industry (Permenperin 13/2025 Pasal 7). */
export const figuresShape = {
  workersMale: count,
  workersFemale: count,
  investmentIdr: rupiah,
  investmentLandBuildingIdr: rupiah,
  capacityInstalled: quantity,
  capacityUsed: quantity,
  capacityUnit: optional(30),
  productionVolume: quantity,
  productionValueIdr: rupiah,
  rawMaterialValueIdr: rupiah,
  rawMaterialNote: optional(500),
  waterM3: quantity,
  fuelLitre: quantity,
  electricityKwh: quantity,
  machinesCount: count,
  machinesNote: optional(500),
};

export const businessSchema = z.object({
  name: required(200),
  legalForm: choice(LEGAL_FORMS),
  nib: z.nullish(z.string().check(z.regex(/^\d{13}$/, msg('registry.v.nib')))),
  kbliCodes: z
    .array(z.string().check(z.regex(/^\d{5}$/, msg('registry.v.kbli'))))
    .check(z.maxLength(10, msg('registry.v.kbliMax'))),
  address: required(500),
  wilayahCode: z.string().check(z.regex(KELURAHAN_CODE, msg('registry.v.kelurahan'))),
  latitude: z.nullish(
    z.number().check(z.minimum(-11.5, msg('registry.v.lat')), z.maximum(6.5, msg('registry.v.lat'))),
  ),
  longitude: z.nullish(
    z.number().check(z.minimum(94, msg('registry.v.lng')), z.maximum(141.5, msg('registry.v.lng'))),
  ),
  phone: optional(30),
  whatsapp: optional(30),
  email: z.nullish(z.email(msg('registry.v.email'))),
  yearFounded: z.nullish(between(1900, 2100, true)),
  techniques: z.array(choice(TECHNIQUES)),
  marketReach: z.array(choice(MARKET_REACH)),
  memberSince: isoDate,
  isTenant: z.boolean(),
  ...figuresShape,
});

export const personSchema = z.object({
  fullName: required(200),
  gender: z.nullish(choice(['L', 'P'] as const)),
  birthYear: z.nullish(between(1920, 2015, true)),
  phone: optional(30),
  nik: z.nullish(z.string().check(z.regex(/^\d{16}$/, msg('registry.v.nik')))),
  skills: z
    .array(z.string().check(z.maxLength(60, msg('registry.v.tooLong', { max: 60 }))))
    .check(z.maxLength(20, msg('registry.v.tooMany', { max: 20 }))),
  certificates: z
    .array(
      z.object({
        name: required(200),
        number: optional(100),
        issuer: optional(200),
        validUntil: isoDate,
      }),
    )
    .check(z.maxLength(20, msg('registry.v.tooMany', { max: 20 }))),
  role: choice(PERSON_ROLES),
});

export const productSchema = z
  .object({
    name: required(200),
    category: required(100),
    priceMinIdr: rupiah,
    priceMaxIdr: rupiah,
    unit: required(30),
    description: optional(2000),
  })
  .check(
    z.refine((p) => p.priceMinIdr == null || p.priceMaxIdr == null || p.priceMinIdr <= p.priceMaxIdr, {
      ...msg('registry.v.priceOrder'),
      path: ['priceMaxIdr'],
    }),
  );

export const certificationSchema = z
  .object({
    kind: choice(CERT_KINDS),
    category: z.nullish(choice(BATIK_CATEGORIES)),
    number: optional(100),
    issuer: optional(200),
    issuedOn: isoDate,
    validUntil: isoDate,
  })
  .check(
    z.refine((c) => c.kind !== 'batikmark' || !!c.category, {
      ...msg('registry.v.batikmarkCategory'),
      path: ['category'],
    }),
    z.refine((c) => !c.issuedOn || !c.validUntil || c.issuedOn <= c.validUntil, {
      ...msg('registry.v.validAfterIssued'),
      path: ['validUntil'],
    }),
  );

export const reportSchema = z.object({ ...figuresShape, note: optional(2000) });

export const consentSchema = z.object({ givenBy: required(200) });

/** Field errors by input name (`certificates.0.name`), the first message of each field. */
export function errorsOf(schema: z.ZodMiniType, value: unknown, t: Translate): Record<string, string> {
  const result = schema.safeParse(value);
  const out: Record<string, string> = {};
  if (result.success) return out;
  for (const issue of result.error.issues) {
    const name = issue.path.map(String).join('.');
    if (!(name in out)) out[name] = issueText(issue.message, t);
  }
  return out;
}
