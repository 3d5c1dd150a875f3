import { useEffect } from 'react';
import { setFlash, useFlash } from '../lib/flash';
import { useT } from '../lib/i18n';
import { usePath } from '../lib/navigation';
import { Alert } from './alert';

/** Shows the flash meant for this path; drops it once the user is elsewhere. */
export function FlashMessage() {
  const t = useT();
  const path = usePath();
  const flash = useFlash();
  const here = flash !== null && flash.path === path;

  useEffect(() => {
    if (flash && !here) setFlash(null);
  }, [flash, here]);

  return (
    <div aria-live="polite">
      {here && <Alert tone={flash.tone ?? 'success'}>{t(flash.key, flash.vars)}</Alert>}
    </div>
  );
}
