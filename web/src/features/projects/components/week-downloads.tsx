import { useT } from '../../../lib/i18n';
import { weeklyPdfUrl, weeklyXlsxUrl } from '../api/downloads';

/** "PDF" and "Excel" of one reported week, named in full for screen readers. */
export function WeekDownloads({ contractId, week }: { contractId: string; week: number }) {
  const t = useT();
  return (
    <span className="downloads">
      <a href={weeklyPdfUrl(contractId, week)} download aria-label={t('projects.download.pdfOf', { week })}>
        PDF
      </a>
      <a href={weeklyXlsxUrl(contractId, week)} download aria-label={t('projects.download.xlsxOf', { week })}>
        Excel
      </a>
    </span>
  );
}
