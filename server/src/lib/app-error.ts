import type { ErrorCode } from '../plugins/error-catalogue.js';

export interface FieldError {
  path: string;
  message: string;
}

/**
 * The one error type of the server. The code picks the HTTP status and the user's message from
 * the catalogue; `params` fill the message; `detail` is for the log only, never the response.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly detail?: string,
    readonly fields?: FieldError[],
  ) {
    super(detail ?? code);
    this.name = 'AppError';
  }
}

export const notFound = (what: { id: string; en: string }) => new AppErrorNotFound(what);

/** 404 whose "what" is itself translated ("Pengguna" / "User"). */
export class AppErrorNotFound extends AppError {
  constructor(readonly what: { id: string; en: string }) {
    super('NOT_FOUND');
  }
}
