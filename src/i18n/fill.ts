/** `{name}` placeholders in a text: a letter, then letters and digits. */
export const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The placeholders of a text, in order of appearance (duplicates kept). */
export function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
}

export type FillValues = Record<string, string | number | boolean | null | undefined>;

/** Fills `{name}` placeholders; unknown names stay visible so that a missing parameter is noticed. */
export function fill(text: string, values: FillValues): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    return value === undefined || value === null ? whole : String(value);
  });
}
