// Correlation keys of a record's phones and documents, for comparison and blocking. A value that
// does not parse or fails its checksum is kept on the record but yields no key: it never links.

import { canonicaliseSelector } from "../selectors/index.ts";

export function selectorKeys(
  kind: "phone" | "document",
  values: readonly string[] | undefined,
  country: string | undefined,
): string[] {
  if (!values || values.length === 0) return [];
  const keys = new Set<string>();
  // Documents carry no type or issuing country in a person file; both sides are read alike.
  const options = kind === "phone" && country ? { defaultCountry: country } : {};
  for (const value of values) {
    const selector = canonicaliseSelector(kind, value, options);
    if (selector.valid && selector.correlationKey) keys.add(selector.correlationKey);
  }
  return [...keys];
}
