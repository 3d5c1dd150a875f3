import type { paths } from './generated/schema';

/**
 * Entity types read off the generated paths (not off component names, which depend on how the
 * server names its schemas), so regenerating the client keeps these stable.
 */
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Body<T> = T extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

export type Session = Json<paths['/api/auth/session']['get']['responses'][200]>;
export type SessionUser = Session['user'];
export type Role = SessionUser['role'];
export type Lang = SessionUser['lang'];

export type Centre = Json<paths['/api/centres/{id}']['get']['responses'][200]>;
export type CreateCentreBody = Body<paths['/api/centres']['post']>;
export type UpdateCentreBody = Body<paths['/api/centres/{id}']['patch']>;
export type Wilayah = Json<paths['/api/reference/wilayah']['get']['responses'][200]>['items'][number];

export type User = Json<paths['/api/users/{id}']['get']['responses'][200]>;
export type UserList = Json<paths['/api/users']['get']['responses'][200]>;
export type UserQuery = NonNullable<paths['/api/users']['get']['parameters']['query']>;
export type CreateUserBody = Body<paths['/api/users']['post']>;
export type UpdateUserBody = Body<paths['/api/users/{id}']['patch']>;

export type ApiToken = Json<paths['/api/tokens']['get']['responses'][200]>['items'][number];
export type CreateTokenBody = Body<paths['/api/tokens']['post']>;
export type CreatedToken = Json<paths['/api/tokens']['post']['responses'][201]>;
export type TokenRole = CreateTokenBody['role'];

export type AuditPage = Json<paths['/api/audit']['get']['responses'][200]>;
export type AuditEntry = AuditPage['items'][number];
export type AuditQuery = NonNullable<paths['/api/audit']['get']['parameters']['query']>;
export type AuditAction = AuditEntry['action'];
