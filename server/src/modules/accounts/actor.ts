import { AppError } from '../../lib/app-error.js';
import type { Lang } from '../../lib/lang.js';
import type { Role } from './accounts.tables.js';

/** Who is acting: a signed-in user or an integration's API token. Server-derived, never client-controlled. */
export interface Actor {
  kind: 'user' | 'token';
  /** The user's id; for a token, the id of the token. */
  id: string;
  userId: string | null;
  label: string;
  role: Role;
  /** null only for an admin spanning every centre. */
  centreId: string | null;
}

/** What a service needs to know about the request it serves. */
export interface RequestContext {
  actor: Actor;
  requestId: string;
  lang: Lang;
}

/** Centres whose data the actor may see: every centre, or exactly one. */
export type CentreScope = { all: true } | { all: false; centreId: string };

export function centreScope(actor: Actor): CentreScope {
  if (actor.role === 'admin' && actor.centreId === null) return { all: true };
  if (!actor.centreId) throw new AppError('FORBIDDEN', {}, 'actor without centre');
  return { all: false, centreId: actor.centreId };
}

export function canAccessCentre(actor: Actor, centreId: string): boolean {
  const scope = centreScope(actor);
  return scope.all || scope.centreId === centreId;
}

export function assertCentreAccess(actor: Actor, centreId: string): void {
  if (!canAccessCentre(actor, centreId)) throw new AppError('OTHER_CENTRE', {}, `centre ${centreId}`);
}
