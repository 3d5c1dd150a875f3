import { formatNumber } from './format';
import type { Lang } from './i18n';

/** "2,4 MB", "180 KB". */
export function fileSize(bytes: number, lang: Lang): string {
  if (bytes >= 1024 * 1024) return `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10, lang)} MB`;
  return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), lang)} KB`;
}
