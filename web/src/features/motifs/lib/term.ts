import { formatDate } from '../../../lib/format';
import type { Lang, Translate } from '../../../lib/i18n';
import type { MotifSummaryIp, ProtectionTerm } from '../api/types';

/**
 * How long the right lasts, in one line: "Dilindungi sampai 31 Desember 2071", "Seumur hidup
 * pencipta + 70 tahun", "Tanpa batas waktu", or, when it cannot be computed yet, the server's
 * sentence saying what to fill in.
 */
export function termHeadline(term: ProtectionTerm, t: Translate, lang: Lang): string {
  switch (term.state) {
    case 'until': {
      const date = formatDate(term.endsOn, lang);
      return term.expired ? t('motifs.term.ended', { date }) : t('motifs.term.until', { date });
    }
    case 'lifetime_plus':
      return t('motifs.term.lifetimePlus', { years: term.years ?? '' });
    case 'unlimited':
      return t('motifs.term.unlimited');
    default:
      return term.rule[lang];
  }
}

/** The term in a list badge ("s.d. 31 Desember 2071"); empty when there is nothing to add. */
export function termShort(ip: MotifSummaryIp, t: Translate, lang: Lang): string {
  if (ip.status !== 'recorded' && ip.status !== 'expired') return '';
  if (ip.termState === 'until' && ip.endsOn)
    return t(ip.expired ? 'motifs.termShort.ended' : 'motifs.termShort.until', {
      date: formatDate(ip.endsOn, lang),
    });
  if (ip.termState === 'lifetime_plus')
    return t('motifs.termShort.lifetimePlus', { years: ip.termYears ?? '' });
  if (ip.termState === 'unlimited') return t('motifs.termShort.unlimited');
  return '';
}
