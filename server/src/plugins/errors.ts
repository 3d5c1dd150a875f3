import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, AppErrorNotFound, type FieldError } from '../lib/app-error.js';
import { langFromHeader } from '../lib/lang.js';
import { ERROR_CATALOGUE, type ErrorCode, errorMessage } from './error-catalogue.js';
import { describeIssue } from './validation-messages.js';

declare module 'fastify' {
  interface FastifyRequest {
    lang: 'id' | 'en';
  }
  interface FastifyInstance {
    /** Answers with a catalogue error in the request's language (for handlers outside routes). */
    sendError: (
      req: FastifyRequest,
      reply: FastifyReply,
      code: ErrorCode,
      extra?: Partial<ErrorBody>,
      params?: Record<string, string | number>,
    ) => FastifyReply;
  }
}

/** Maps Fastify's own error codes onto ours, so a client sees one error shape. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'MALFORMED_JSON',
};

export interface ErrorBody {
  code: string;
  message: string;
  requestId: string;
  fields?: FieldError[];
}

export default fp(
  async (app: FastifyInstance, opts: { bodyLimit: number }) => {
    app.decorateRequest('lang', 'id');
    app.addHook('onRequest', async (req) => {
      req.lang = langFromHeader(req.headers['accept-language']);
    });

    const send = (
      req: FastifyRequest,
      reply: FastifyReply,
      code: ErrorCode,
      extra: Partial<ErrorBody> = {},
      params = {},
    ) => {
      const body: ErrorBody = {
        code,
        message: errorMessage(code, req.lang, { requestId: req.id, ...params }),
        requestId: req.id,
        ...extra,
      };
      return reply.status(ERROR_CATALOGUE[code].status).send(body);
    };

    app.setErrorHandler((err: FastifyError, req, reply) => {
      if (hasZodFastifySchemaValidationErrors(err)) {
        const fields = err.validation.map((issue) => ({
          path:
            [
              err.validationContext === 'body' ? '' : err.validationContext,
              issue.instancePath.slice(1).replaceAll('/', '.'),
            ]
              .filter(Boolean)
              .join('.') ||
            (err.validationContext ?? 'body'),
          message: describeIssue(issue, req.lang),
        }));
        return send(req, reply, 'VALIDATION', { fields });
      }
      if (err instanceof AppErrorNotFound) {
        return send(req, reply, 'NOT_FOUND', {}, { what: err.what[req.lang] });
      }
      if (err instanceof AppError) {
        if (ERROR_CATALOGUE[err.code].status >= 500) req.log.error({ err }, err.message);
        else req.log.info({ code: err.code, detail: err.detail }, 'request refused');
        return send(req, reply, err.code, err.fields ? { fields: err.fields } : {}, err.params);
      }
      const mapped = err.code ? FASTIFY_CODES[err.code] : undefined;
      if (mapped) {
        return send(req, reply, mapped, {}, { limit: `${Math.round(opts.bodyLimit / 1024)} KB` });
      }
      if (err.statusCode === 429) return send(req, reply, 'TOO_MANY_ATTEMPTS', {}, { minutes: 1 });
      // Anything else is our fault: log it all with the request id, tell the user nothing internal.
      req.log.error({ err }, 'unhandled error');
      return send(req, reply, 'INTERNAL');
    });

    app.decorate('sendError', send);
  },
  { name: 'errors' },
);
