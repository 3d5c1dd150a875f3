/** "geometris, flora , " → ["geometris", "flora"]: how lists are typed in one box. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

export function joinList(items: readonly string[] | null | undefined): string {
  return (items ?? []).join(', ');
}

/** Empty (or blank) text becomes null: it clears an optional field. */
export function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Only the fields that differ from the record: the audit trail then shows what this person changed. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) out[key] = after[key];
  }
  return out;
}

/**
 * The server's message for a field, or for any item of it: `altNames.2` shows under "Nama lain",
 * `creators.0.name` under the first creator's name.
 */
export function serverError(errors: Record<string, string>, name: string): string | undefined {
  if (errors[name]) return errors[name];
  const key = Object.keys(errors).find(
    (k) => k.startsWith(`${name}.`) && !/\.\d+\.\w/.test(k.slice(name.length)),
  );
  return key ? errors[key] : undefined;
}
