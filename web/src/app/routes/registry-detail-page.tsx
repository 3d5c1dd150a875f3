import { useEffect } from 'react';
import { ErrorAlert } from '../../components/error-alert';
import { Link } from '../../components/link';
import { PageHeader } from '../../components/page-header';
import { Spinner } from '../../components/spinner';
import { useCurrentSession } from '../../features/auth/api/get-session';
import { useBusiness } from '../../features/registry/api/get-business';
import { AccountsSection } from '../../features/registry/components/accounts-section';
import { BusinessHeader } from '../../features/registry/components/business-header';
import { CertificationsSection } from '../../features/registry/components/certifications-section';
import { ConsentsSection } from '../../features/registry/components/consents-section';
import { DetailSection } from '../../features/registry/components/detail-section';
import { PeopleSection } from '../../features/registry/components/people-section';
import { ProductsSection } from '../../features/registry/components/products-section';
import { ProfileSection } from '../../features/registry/components/profile-section';
import { ReportsSection } from '../../features/registry/components/reports-section';
import { canEditBusiness, canWriteRegistry } from '../../features/registry/lib/permissions';
import { ApiError } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import type { PageProps } from '../router';

const SECTIONS = [
  ['profil', 'registry.section.profile'],
  ['orang', 'registry.section.people'],
  ['produk', 'registry.section.products'],
  ['sertifikasi', 'registry.section.certifications'],
  ['laporan', 'registry.section.reports'],
  ['persetujuan', 'registry.section.consents'],
] as const;
/** Only the Dinas (admin, officer) links artisan logins to a business. */
const ACCOUNTS_SECTION = ['akun', 'registry.section.accounts'] as const;

/** `/registri/:id`: everything about one business. An artisan sees (and edits) only their own. */
export function RegistryDetailPage({ params }: PageProps) {
  const t = useT();
  const { user } = useCurrentSession();
  const id = params.id ?? '';
  const business = useBusiness(id);
  const status = business.error instanceof ApiError ? business.error.status : null;
  const isArtisan = user.role === 'artisan';
  const canEdit = canEditBusiness(user.role) && !business.data?.mergedIntoId;
  const canVerify = canWriteRegistry(user.role);
  const canLinkAccounts = canWriteRegistry(user.role);

  const loaded = Boolean(business.data);
  // `/registri/…#laporan`: the sections exist only once the data is in, so scroll then.
  useEffect(() => {
    if (!loaded) return;
    const target = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
    if (target?.classList.contains('detail-section')) target.scrollIntoView();
  }, [loaded]);

  if (business.isPending) return <Spinner />;
  if (!business.data) {
    return (
      <>
        {!isArtisan && (
          <p className="back">
            <Link to="/registri">{t('registry.backToList')}</Link>
          </p>
        )}
        <PageHeader title={t('registry.detailTitle')} />
        {status === 404 || status === 403 ? (
          <p>{t('registry.notFound')}</p>
        ) : (
          <ErrorAlert error={business.error} />
        )}
      </>
    );
  }

  const b = business.data;
  const counts: Record<string, number | undefined> = {
    orang: b.people.length,
    produk: b.products.length,
    sertifikasi: b.certifications.length,
    laporan: b.reports.length,
  };
  return (
    <>
      {!isArtisan && (
        <p className="back">
          <Link to="/registri">{t('registry.backToList')}</Link>
        </p>
      )}
      <ErrorAlert error={business.error} />
      <BusinessHeader business={b} canEdit={canEdit} />
      {/* Not a <nav>: the main menu stays the page's only navigation landmark. */}
      <ul className="section-nav" aria-label={t('registry.sectionNav')}>
        {(canLinkAccounts ? [...SECTIONS, ACCOUNTS_SECTION] : SECTIONS).map(([anchor, label]) => (
          <li key={anchor}>
            <a href={`#${anchor}`}>{t(label)}</a>
          </li>
        ))}
      </ul>
      <DetailSection id="profil" title={t('registry.section.profile')}>
        <ProfileSection business={b} />
      </DetailSection>
      <DetailSection id="orang" title={t('registry.section.people')} count={counts.orang}>
        <PeopleSection business={b} canEdit={canEdit} />
      </DetailSection>
      <DetailSection id="produk" title={t('registry.section.products')} count={counts.produk}>
        <ProductsSection business={b} canEdit={canEdit} />
      </DetailSection>
      <DetailSection id="sertifikasi" title={t('registry.section.certifications')} count={counts.sertifikasi}>
        <CertificationsSection business={b} canEdit={canEdit} />
      </DetailSection>
      <DetailSection id="laporan" title={t('registry.section.reports')} count={counts.laporan}>
        <ReportsSection business={b} canEdit={canEdit} canVerify={canVerify && !b.mergedIntoId} />
      </DetailSection>
      <DetailSection id="persetujuan" title={t('registry.section.consents')}>
        <ConsentsSection business={b} canEdit={canEdit} />
      </DetailSection>
      {canLinkAccounts && (
        <DetailSection id="akun" title={t('registry.section.accounts')}>
          <AccountsSection business={b} canEdit={!b.mergedIntoId} />
        </DetailSection>
      )}
    </>
  );
}
