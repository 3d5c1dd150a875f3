import { randomBytes } from 'node:crypto';

/**
 * A multipart/form-data body with one file, as a browser sends it, for app.inject in tests and
 * benchmarks (no extra dependency). The content type sent is deliberately not the file's real
 * one: the server must judge the bytes, not the label.
 */
export function multipartFile(
  fileName: string,
  bytes: Buffer,
  field = 'file',
  contentType = 'application/octet-stream',
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----sentra${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\n` +
      `Content-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, bytes, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
