type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function controls(form: HTMLFormElement): Control[] {
  return Array.from(form.elements).filter(
    (element): element is Control =>
      element instanceof HTMLInputElement ||
      element instanceof HTMLSelectElement ||
      element instanceof HTMLTextAreaElement,
  );
}

/**
 * Reads a form's named fields as strings, trimmed except passwords (a space may be part of one).
 * Unchecked checkboxes are absent, checked ones read 'on'.
 */
export function readForm(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const control of controls(form)) {
    if (!control.name || control.disabled) continue;
    if (control instanceof HTMLInputElement) {
      if ((control.type === 'checkbox' || control.type === 'radio') && !control.checked) continue;
      out[control.name] = control.type === 'password' ? control.value : control.value.trim();
    } else {
      out[control.name] = control.value.trim();
    }
  }
  return out;
}

/** Names of the `required` fields left empty, so the form can say so without a round trip. */
export function emptyRequired(form: HTMLFormElement): string[] {
  return controls(form)
    .filter((control) => control.required && control.name && !control.disabled && control.value.trim() === '')
    .map((control) => control.name);
}

/** Empty text becomes null (clears an optional field on PATCH). */
export function orNull(value: string | undefined): string | null {
  return value ? value : null;
}

/** Drops empty values, so optional fields are left out of a POST body or a query string. */
export function compact<T extends Record<string, unknown>>(values: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(values) as (keyof T)[]) {
    const value = values[key];
    if (value !== '' && value !== undefined && value !== null) out[key] = value;
  }
  return out;
}

/** Moves focus to the first invalid field after a failed submit (or to the error summary). */
export function focusFirstError(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => {
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form?.querySelector<HTMLElement>('[role="alert"]');
    target?.focus();
  });
}
