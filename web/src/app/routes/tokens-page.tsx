import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { Spinner } from '../../components/spinner';
import { useTokens } from '../../features/tokens/api/get-tokens';
import { TokenForm } from '../../features/tokens/components/token-form';
import { TokenTable } from '../../features/tokens/components/token-table';
import { useT } from '../../lib/i18n';
import { useCentreOptions } from './centre-options';

export function TokensPage() {
  const t = useT();
  const tokens = useTokens();
  const centres = useCentreOptions();
  return (
    <>
      <PageHeader title={t('token.title')} />
      <p className="lead">{t('token.intro')}</p>
      <section className="card" aria-labelledby="token-new-title">
        <h2 id="token-new-title">{t('token.newTitle')}</h2>
        <TokenForm centres={centres} />
      </section>
      <div className="section">
        <h2 id="token-list-title">{t('token.listTitle')}</h2>
        <ErrorAlert error={tokens.error} />
        {tokens.isPending ? <Spinner /> : tokens.data && <TokenTable tokens={tokens.data} />}
      </div>
    </>
  );
}
