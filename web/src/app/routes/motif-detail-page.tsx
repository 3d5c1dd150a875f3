import { useEffect } from 'react';
import { ErrorAlert } from '../../components/error-alert';
import { Link } from '../../components/link';
import { PageHeader } from '../../components/page-header';
import { Spinner } from '../../components/spinner';
import { useCurrentSession } from '../../features/auth/api/get-session';
import { useMotif } from '../../features/motifs/api/get-motif';
import { IpRecordsSection } from '../../features/motifs/components/ip-records-section';
import { MotifGallery } from '../../features/motifs/components/motif-gallery';
import { MotifHeader } from '../../features/motifs/components/motif-header';
import { MotifCreators, MotifInfo } from '../../features/motifs/components/motif-info';
import { MotifSection } from '../../features/motifs/components/motif-section';
import { canEditMotifs, canKeepIpRecords } from '../../features/motifs/lib/permissions';
import { ApiError } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import type { PageProps } from '../router';
import '../../features/motifs/components/motifs.css';

const SECTIONS = [
  ['foto', 'motifs.section.photos'],
  ['keterangan', 'motifs.section.info'],
  ['pencipta', 'motifs.section.creators'],
  ['hki', 'motifs.section.ip'],
] as const;

/** `/motif/:id`: the motif, its photos as evidence, its creators and its IP records. */
export function MotifDetailPage({ params }: PageProps) {
  const t = useT();
  const { user } = useCurrentSession();
  const id = params.id ?? '';
  const motif = useMotif(id);
  const status = motif.error instanceof ApiError ? motif.error.status : null;
  const loaded = Boolean(motif.data);
  // `/motif/…#hki`: the sections exist only once the data is in, so scroll then.
  useEffect(() => {
    if (!loaded) return;
    const target = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
    if (target?.classList.contains('detail-section')) target.scrollIntoView();
  }, [loaded]);
  const back = (
    <p className="back">
      <Link to="/motif">{t('motifs.backToList')}</Link>
    </p>
  );

  if (motif.isPending) return <Spinner />;
  if (!motif.data) {
    return (
      <>
        {back}
        <PageHeader title={t('motifs.detailTitle')} />
        {status === 404 || status === 403 ? (
          <p>{t('motifs.notFound')}</p>
        ) : (
          <ErrorAlert error={motif.error} />
        )}
      </>
    );
  }

  const m = motif.data;
  const canEdit = canEditMotifs(user.role);
  return (
    <>
      {back}
      <ErrorAlert error={motif.error} />
      <MotifHeader motif={m} canEdit={canEdit} />
      {/* Not a <nav>: the main menu stays the page's only navigation landmark. */}
      <ul className="section-nav" aria-label={t('motifs.sectionNav')}>
        {SECTIONS.map(([anchor, label]) => (
          <li key={anchor}>
            <a href={`#${anchor}`}>{t(label)}</a>
          </li>
        ))}
      </ul>
      <MotifSection id="foto" title={t('motifs.section.photos')} count={m.images.length}>
        <MotifGallery motif={m} canEdit={canEdit} />
      </MotifSection>
      <MotifSection id="keterangan" title={t('motifs.section.info')}>
        <MotifInfo motif={m} />
      </MotifSection>
      <MotifSection id="pencipta" title={t('motifs.section.creators')} count={m.creators.length}>
        <MotifCreators motif={m} />
      </MotifSection>
      <MotifSection id="hki" title={t('motifs.section.ip')} count={m.ipRecords.length}>
        <IpRecordsSection
          motif={m}
          canKeep={canKeepIpRecords(user.role)}
          isArtisan={user.role === 'artisan'}
        />
      </MotifSection>
    </>
  );
}
