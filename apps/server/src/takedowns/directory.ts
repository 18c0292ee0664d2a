import legalBasesFile from "./directories/legal-bases.json" with { type: "json" };
import platformsFile from "./directories/platforms.json" with { type: "json" };

/** A platform's abuse channel, from the (illustrative) platform directory. */
export type Platform = {
  key: string;
  name: string;
  channel: "email" | "portal";
  abuseContact: string;
  languages: string[];
  isIllustrative: boolean;
};

/** The legal basis that applies to a notice, with its deadline. */
export type LegalBasis = {
  countryCode: string;
  statute: string;
  citation: string;
  deadlineHours: number;
  isStatutoryDeadline: boolean;
  isIllustrative: boolean;
};

const platforms = new Map(
  (platformsFile.platforms as Platform[]).map((platform) => [platform.key, platform]),
);

/** Every platform of the directory. */
export function listPlatforms(): Platform[] {
  return [...platforms.values()];
}

/** The platform with this key, or undefined. */
export function findPlatform(key: string): Platform | undefined {
  return platforms.get(key);
}

type CountryBasis = (typeof legalBasesFile)["default"];

/**
 * The legal basis and deadline for a notice of this category issued in this country. Indonesia's
 * MR5 gives urgent content (abuse material among it) 4 hours and other content 24 hours; where
 * no statutory limit is recorded, the agency's 24-hour service level applies and says so.
 */
export function legalBasisFor(countryCode: string, category: string): LegalBasis {
  const countries = legalBasesFile.countries as Record<string, CountryBasis>;
  const basis = countries[countryCode] ?? legalBasesFile.default;
  const isUrgent = legalBasesFile.urgentCategories.includes(category);
  return {
    countryCode,
    statute: basis.statute,
    citation: basis.citation,
    deadlineHours: isUrgent ? basis.urgentHours : basis.otherHours,
    isStatutoryDeadline: basis.isStatutoryDeadline,
    isIllustrative: basis.isIllustrative,
  };
}
