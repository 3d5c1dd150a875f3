import { useId } from 'react';
import { LANGS, type Lang, setLang, useLang, useT } from '../../../lib/i18n';
import { useSession } from '../api/get-session';
import { useUpdatePreferences } from '../api/update-preferences';

const SHORT: Record<Lang, string> = { id: 'ID', en: 'EN' };
const FULL: Record<Lang, string> = { id: 'Bahasa Indonesia', en: 'English' };

/** "Bahasa: ID/EN". Kept in this browser, and on the account when someone is logged in. */
export function LanguageSwitch() {
  const t = useT();
  const id = useId();
  const lang = useLang();
  const { data: session } = useSession();
  const update = useUpdatePreferences();

  function change(next: Lang) {
    setLang(next, { byUser: true });
    if (session) update.mutate({ lang: next });
  }

  return (
    <div className="lang-switch">
      <label htmlFor={id}>{t('lang.label')}</label>
      <select id={id} value={lang} onChange={(event) => change(event.target.value as Lang)}>
        {LANGS.map((option) => (
          <option key={option} value={option} lang={option} title={FULL[option]}>
            {SHORT[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
