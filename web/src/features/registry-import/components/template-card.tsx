import { useT } from '../../../lib/i18n';

/** The template to start from: a plain link, so the browser downloads it with the session cookie. */
export function TemplateCard() {
  const t = useT();
  return (
    <section className="card" aria-labelledby="import-template-title">
      <h2 id="import-template-title">{t('registryImport.templateTitle')}</h2>
      <p>{t('registryImport.templateHint')}</p>
      <a className="btn btn-secondary" href="/api/registry/import/template.xlsx" download>
        {t('registryImport.templateLink')}
      </a>
    </section>
  );
}
