import { ConfirmButton } from '../../components/confirm-button';
import { ErrorAlert } from '../../components/error-alert';
import { Link } from '../../components/link';
import { PageHeader } from '../../components/page-header';
import { Spinner } from '../../components/spinner';
import { useCurrentSession } from '../../features/auth/api/get-session';
import { useDeleteMotif } from '../../features/motifs/api/delete-motif';
import { useMotif } from '../../features/motifs/api/get-motif';
import { MotifForm } from '../../features/motifs/components/motif-form';
import { HELD_STATUSES } from '../../features/motifs/lib/labels';
import { canKeepIpRecords } from '../../features/motifs/lib/permissions';
import { ApiError } from '../../lib/api-client';
import { navigateWithFlash } from '../../lib/flash';
import { useT } from '../../lib/i18n';
import type { PageProps } from '../router';
import '../../features/motifs/components/motifs.css';

/** `/motif/:id/ubah` (admin, officer; an artisan for their own business's motifs). */
export function MotifEditPage({ params }: PageProps) {
  const t = useT();
  const { user } = useCurrentSession();
  const id = params.id ?? '';
  const motif = useMotif(id);
  const remove = useDeleteMotif();
  const status = motif.error instanceof ApiError ? motif.error.status : null;
  const detailPath = `/motif/${id}`;

  return (
    <>
      <p className="back">
        <Link to={detailPath}>{t('motifs.backToMotif')}</Link>
      </p>
      <PageHeader
        title={motif.data ? t('motifs.editTitleOf', { name: motif.data.name }) : t('motifs.editTitle')}
      />
      {status === 404 || status === 403 ? <p>{t('motifs.notFound')}</p> : <ErrorAlert error={motif.error} />}
      {motif.isPending ? (
        <Spinner />
      ) : (
        motif.data && (
          <>
            <MotifForm
              key={motif.data.id}
              motif={motif.data}
              chooseBusiness={canKeepIpRecords(user.role)}
              cancelTo={detailPath}
              onSaved={(_saved, changed) =>
                navigateWithFlash(
                  detailPath,
                  changed ? { key: 'common.saved' } : { key: 'common.noChanges', tone: 'info' },
                )
              }
            />
            <section className="danger-zone" aria-labelledby="motif-delete-title">
              <h2 id="motif-delete-title">{t('motifs.deleteTitle')}</h2>
              <p className="field-hint">{t('motifs.deleteHint')}</p>
              <div aria-live="polite">
                <ErrorAlert error={remove.error} />
              </div>
              {!motif.data.ipRecords.some((r) => HELD_STATUSES.includes(r.status)) && (
                <ConfirmButton
                  label={t('motifs.delete')}
                  question={t('motifs.deleteConfirm', { name: motif.data.name })}
                  confirmLabel={t('motifs.deleteYes')}
                  busy={remove.isPending}
                  onConfirm={() =>
                    remove.mutate(id, {
                      onSuccess: () =>
                        navigateWithFlash('/motif', {
                          key: 'motifs.deleted',
                          vars: { name: motif.data?.name ?? '' },
                        }),
                    })
                  }
                />
              )}
            </section>
          </>
        )
      )}
    </>
  );
}
