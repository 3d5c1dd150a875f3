import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '../api/generated/schema';
import { getLang, type MessageKey } from './i18n';

/**
 * The CSRF token of the current session. The session cookie is HttpOnly, so the token arrives in
 * the body of `GET /api/auth/session` and `POST /api/auth/login` and is kept here, in memory only.
 */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type UnauthorizedHandler = () => void;
let unauthorizedHandler: UnauthorizedHandler | null = null;

/** The app registers what to do when the session is gone (clear caches, go to the login page). */
export function onUnauthorized(handler: UnauthorizedHandler): () => void {
  unauthorizedHandler = handler;
  return () => {
    if (unauthorizedHandler === handler) unauthorizedHandler = null;
  };
}

const WRITES = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

/**
 * A 401 from these means "not logged in (yet)" or "wrong username or password", not "your session
 * ended": the caller handles it instead of being sent to the login page.
 */
const OWN_401 = new Set(['/api/auth/session', '/api/auth/login']);

const sentraMiddleware: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', getLang());
    if (csrfToken && WRITES.has(request.method)) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
  onResponse({ response, schemaPath }) {
    if (response.status === 401 && !OWN_401.has(schemaPath)) {
      csrfToken = null;
      unauthorizedHandler?.();
    }
    return undefined;
  },
};

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(sentraMiddleware);

export interface FieldError {
  path: string;
  message: string;
}

/** The server's error body `{ code, message, requestId, fields? }`, with the HTTP status. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId: string | null;
  readonly fields: FieldError[];

  constructor(init: {
    status: number;
    code: string;
    message: string;
    requestId?: string | null;
    fields?: FieldError[];
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId ?? null;
    this.fields = init.fields ?? [];
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function toApiError(body: unknown, response: Response): ApiError {
  if (isRecord(body)) {
    const fields = Array.isArray(body.fields)
      ? body.fields
          .filter(isRecord)
          .map((f) => ({ path: String(f.path ?? ''), message: String(f.message ?? '') }))
      : [];
    return new ApiError({
      status: response.status,
      code: typeof body.code === 'string' ? body.code : `HTTP_${response.status}`,
      message: typeof body.message === 'string' ? body.message : '',
      requestId: typeof body.requestId === 'string' ? body.requestId : null,
      fields,
    });
  }
  // Not our JSON (a proxy page, an empty body): the UI falls back to its own generic text.
  return new ApiError({ status: response.status, code: `HTTP_${response.status}`, message: '' });
}

type Result<D> = { data?: D; error?: unknown; response: Response };

async function settle<D>(request: Promise<Result<D>>): Promise<Result<D>> {
  try {
    return await request;
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, code: 'NETWORK', message: '' });
  }
}

/** Awaits an openapi-fetch call and returns its data, or throws an ApiError. */
export async function unwrap<D>(request: Promise<Result<D>>): Promise<D> {
  const result = await settle(request);
  if (!result.response.ok) throw toApiError(result.error, result.response);
  return result.data as D;
}

/** Same as `unwrap` for calls answered with 204 No Content. */
export async function unwrapVoid(request: Promise<Result<unknown>>): Promise<void> {
  const result = await settle(request);
  if (!result.response.ok) throw toApiError(result.error, result.response);
}

/** The text to show for any failed call: the server's message (already in the user's language). */
export function errorMessage(error: unknown, t: (key: MessageKey) => string): string {
  if (error instanceof ApiError) {
    if (error.message) return error.message;
    if (error.code === 'NETWORK') return t('error.network');
  }
  return t('error.generic');
}

/** `fields[].path` may come as `email`, `body.email` or `/email`; forms name inputs `email`. */
export function fieldName(path: string): string {
  return path
    .replace(/^\/+/, '')
    .replace(/^body[./]/, '')
    .replace(/\//g, '.');
}

/** Field messages keyed by input name (the first message wins). */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (error instanceof ApiError) {
    for (const field of error.fields) {
      const name = fieldName(field.path);
      if (!(name in out)) out[name] = field.message;
    }
  }
  return out;
}
