import type { CaseDetail } from "@sahabat/shared";

type Names = {
  givenName: string;
  familyName: string | null;
  givenNameLatin?: string | null;
  familyNameLatin?: string | null;
  nameOrder: string;
};

function ordered(
  given: string | null | undefined,
  family: string | null | undefined,
  order: string,
) {
  const parts = order === "family_first" ? [family, given] : [given, family];
  return parts.filter((p) => p?.trim()).join(" ");
}

/** The name in the person's own script and order ("Nguyễn Thị Hoa", "สมศรี ใจดี"). */
export function nativeName(n: Names): string {
  return ordered(n.givenName, n.familyName, n.nameOrder);
}

/** The name in Latin letters, when recorded and different from the native one. */
export function latinName(n: Names): string | null {
  const latin = ordered(n.givenNameLatin, n.familyNameLatin, n.nameOrder);
  return latin && latin !== nativeName(n) ? latin : null;
}

/** The person of a case, for headings. */
export function personTitle(person: CaseDetail["person"]): string {
  const latin = latinName(person);
  return latin ? `${nativeName(person)} (${latin})` : nativeName(person);
}
