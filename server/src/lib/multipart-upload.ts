import type { FastifyRequest } from 'fastify';
import { AppError } from './app-error.js';

export interface Upload {
  fileName: string;
  bytes: Buffer;
  /** The text fields sent with the file, before or after it. */
  fields: Record<string, string>;
}

/**
 * Reads a multipart upload of one file ("file") and a few text fields, in whatever order the
 * client sends them. The route's multipart limits bound the size; going over them is told in the
 * user's language with `limitLabel`, and a broken or empty upload asks for the file again.
 */
export async function readSingleUpload(req: FastifyRequest, limitLabel: string): Promise<Upload> {
  if (!req.isMultipart()) throw new AppError('NO_FILE');
  let file: { fileName: string; bytes: Buffer } | null = null;
  const fields: Record<string, string> = {};
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (!file && part.fieldname === 'file') file = { fileName: part.filename, bytes };
      } else {
        fields[part.fieldname] = String(part.value);
      }
    }
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('FILE_TOO_LARGE', { limit: limitLabel });
    if ((err as { statusCode?: number }).statusCode && code?.startsWith('FST_'))
      throw new AppError('NO_FILE', {}, `multipart: ${code}`);
    throw err;
  }
  if (!file || file.bytes.length === 0) throw new AppError('NO_FILE');
  return { ...file, fields };
}
