import { z } from 'zod';
import { ZCentreSchema } from '../centres/centres.schemas.js';
import { ROLES } from './accounts.tables.js';

export const ZRoleSchema = z
  .enum(ROLES)
  .describe('admin, officer (Dinas), manager (pengelola), consultant (PLUT), artisan (perajin)');
export const ZLangSchema = z.enum(['id', 'en']);
const password = z.string().min(10, 'password_too_short').max(200);

export const ZSessionUserSchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    fullName: z.string(),
    email: z.string().nullable(),
    role: ZRoleSchema,
    centreId: z.uuid().nullable(),
    lang: ZLangSchema,
    mustChangePassword: z.boolean(),
  })
  .meta({ id: 'SessionUser' });

export const ZSessionResponseSchema = z
  .object({
    user: ZSessionUserSchema,
    centre: ZCentreSchema.nullable(),
    csrfToken: z.string().describe('Kirim kembali di header x-csrf-token pada setiap POST/PATCH/PUT/DELETE'),
  })
  .meta({ id: 'Session' });

export const ZLoginRequestSchema = z.strictObject({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

export const ZChangePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: password,
});

export const ZPreferencesRequestSchema = z.strictObject({ lang: ZLangSchema });

export const ZUserSchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    fullName: z.string(),
    email: z.string().nullable(),
    role: ZRoleSchema,
    centreId: z.uuid().nullable(),
    centreName: z.string().nullable(),
    active: z.boolean(),
    lang: ZLangSchema,
    mustChangePassword: z.boolean(),
    lockedUntil: z.string().nullable(),
    lastLoginAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });
export type TUser = z.infer<typeof ZUserSchema>;

export const ZUserListQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  role: ZRoleSchema.optional(),
  centreId: z.uuid().optional(),
  active: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const ZUserListResponseSchema = z.object({
  items: z.array(ZUserSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const ZCreateUserRequestSchema = z.strictObject({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9._-]{3,40}$/, 'username_format'),
  fullName: z.string().trim().min(2).max(200),
  email: z.email().nullish(),
  role: ZRoleSchema,
  centreId: z.uuid().nullish(),
  password,
});
export type TCreateUserRequest = z.infer<typeof ZCreateUserRequestSchema>;

export const ZUpdateUserRequestSchema = z.strictObject({
  fullName: z.string().trim().min(2).max(200).optional(),
  email: z.email().nullish(),
  role: ZRoleSchema.optional(),
  centreId: z.uuid().nullish(),
  active: z.boolean().optional(),
});
export type TUpdateUserRequest = z.infer<typeof ZUpdateUserRequestSchema>;

export const ZResetPasswordResponseSchema = z.object({
  temporaryPassword: z.string().describe('Ditampilkan sekali; pengguna wajib menggantinya saat masuk'),
});

export const ZIdParamsSchema = z.object({ id: z.uuid() });

export const ZApiTokenSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string(),
    role: ZRoleSchema,
    centreId: z.uuid(),
    centreName: z.string().nullable(),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });
export type TApiToken = z.infer<typeof ZApiTokenSchema>;

export const ZCreateApiTokenRequestSchema = z.strictObject({
  name: z.string().trim().min(3).max(100),
  role: z.enum(['officer', 'manager', 'consultant', 'artisan']),
  centreId: z.uuid(),
  expiresAt: z.iso.date().nullish(),
});

export const ZCreateApiTokenResponseSchema = z.object({
  token: z.string().describe('Ditampilkan sekali saja; simpan di tempat aman'),
  item: ZApiTokenSchema,
});
