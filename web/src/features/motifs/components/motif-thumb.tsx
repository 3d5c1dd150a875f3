import { useT } from '../../../lib/i18n';

/** The list's square thumbnail (the server's 320 px WebP), or a neutral tile when there is no photo. */
export function MotifThumb({ url, name }: { url: string | null; name: string }) {
  const t = useT();
  if (!url) {
    return (
      <span className="motif-thumb motif-thumb-none">
        <span>{t('motifs.noPhoto')}</span>
      </span>
    );
  }
  return (
    <img
      className="motif-thumb"
      src={url}
      loading="lazy"
      decoding="async"
      width={96}
      height={96}
      alt={t('motifs.photoOf', { name })}
    />
  );
}
