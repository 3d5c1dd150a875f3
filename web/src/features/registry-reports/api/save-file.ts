import { ApiError, toApiError } from '../../../lib/api-client';

/** The file name the server proposes (Content-Disposition), or a fallback. */
function fileName(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  return /filename="([^"]+)"/.exec(header)?.[1] ?? fallback;
}

/**
 * Saves a downloaded file through a temporary object URL, or throws the server's error. The
 * request goes through the API client (session cookie, language), so errors read as usual.
 */
export async function saveResponse(
  request: Promise<{ data?: unknown; error?: unknown; response: Response }>,
  fallbackName: string,
): Promise<void> {
  let result: Awaited<typeof request>;
  try {
    result = await request;
  } catch {
    throw new ApiError({ status: 0, code: 'NETWORK', message: '' });
  }
  if (!result.response.ok) {
    let body: unknown = result.error;
    if (body instanceof Blob) body = JSON.parse(await body.text().catch(() => '{}')) as unknown;
    throw toApiError(body, result.response);
  }
  const blob = result.data instanceof Blob ? result.data : new Blob([]);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName(result.response, fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
