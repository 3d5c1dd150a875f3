import { useEffect, useRef } from 'react';
import { Button } from '../../../components/button';
import { Link } from '../../../components/link';
import { formatNumber } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import type { ImportCommitResult } from '../api/types';

/** The outcome of the import, and where to go next. */
export function ImportDone({ result, onAgain }: { result: ImportCommitResult; onAgain: () => void }) {
  const t = useT();
  const lang = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card" aria-labelledby="import-done-title">
      <div className="alert alert-success" role="status">
        <h2 id="import-done-title" ref={heading} tabIndex={-1} className="alert-title">
          {t('registryImport.doneTitle')}
        </h2>
        <p>
          {t('registryImport.doneBody', {
            created: formatNumber(result.created, lang),
            updated: formatNumber(result.updated, lang),
            skipped: formatNumber(result.skipped, lang),
          })}
        </p>
      </div>
      <div className="form-actions">
        <Link to="/registri" className="btn btn-primary">
          {t('registryImport.toList')}
        </Link>
        <Button onClick={onAgain}>{t('registryImport.again')}</Button>
      </div>
    </section>
  );
}
