import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Session, SessionUser } from '../../../api/types';
import { api, unwrapVoid } from '../../../lib/api-client';
import { getLang, type Lang, langChosenByUser, setLang } from '../../../lib/i18n';
import { authKeys } from './keys';

export async function updatePreferences(input: { lang: Lang }): Promise<void> {
  await unwrapVoid(api.PATCH('/api/auth/preferences', { body: input }));
}

export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePreferences,
    onSuccess: (_data, input) => {
      queryClient.setQueryData<Session | null>(authKeys.session, (session) =>
        session ? { ...session, user: { ...session.user, lang: input.lang } } : session,
      );
    },
  });
}

/**
 * On login or page load the saved preference of the account wins, unless the person switched
 * language on this page already (e.g. on the login page): then that choice is saved to the account.
 */
export function adoptUserLang(user: SessionUser): void {
  if (!langChosenByUser()) {
    setLang(user.lang);
    return;
  }
  const lang = getLang();
  if (lang !== user.lang) {
    user.lang = lang;
    updatePreferences({ lang }).catch(() => {
      // Not worth interrupting a login for; the choice is still kept in this browser.
    });
  }
}
