import { errorMessage, fieldErrors } from '../lib/api-client';
import { useT } from '../lib/i18n';
import { Alert } from './alert';

export interface ErrorAlertProps {
  error: unknown;
  /** Input names the form shows errors under; other field messages are listed here. */
  fieldNames?: readonly string[];
}

export function ErrorAlert({ error, fieldNames = [] }: ErrorAlertProps) {
  const t = useT();
  if (!error) return null;
  const orphans = Object.entries(fieldErrors(error)).filter(([name]) => !fieldNames.includes(name));
  return (
    <Alert tone="error">
      <p>{errorMessage(error, t)}</p>
      {orphans.length > 0 && (
        <ul>
          {orphans.map(([name, message]) => (
            <li key={name}>
              {name}: {message}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
