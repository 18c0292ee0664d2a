import type { PurposeCode } from "./elements.ts";

/**
 * How a country's national definition may differ from the international one (definitions.md §6
 * of the reference pack). A profile is data, not code.
 */
export type NationalProfile = {
  country: string;
  /** "illustrative" unless `legalText` cites the law it encodes. */
  status: "illustrative" | "cited";
  legalText: string | null;
  childAgeLimit: number;
  childMeansRequired: boolean;
  purposesCovered: PurposeCode[] | "all";
  movementRequired: boolean;
  consentDefence: boolean;
  nonPunishment: "none" | "discretionary" | "mandatory";
  note: string;
};

/*
 * ILLUSTRATIVE profiles. They show the kinds of deviation officials in the region report; they
 * are NOT statements of any country's law. Replace each with a cited profile (status "cited",
 * with the provision in `legalText`) once the national text has been checked.
 */
export const nationalProfiles: Record<string, NationalProfile> = {
  TH: {
    country: "TH",
    status: "illustrative",
    legalText: null,
    childAgeLimit: 18,
    childMeansRequired: false,
    purposesCovered: [
      "sexual_exploitation",
      "forced_labour",
      "slavery",
      "servitude",
      "organ_removal",
      "forced_begging",
      "abuse_material",
    ],
    movementRequired: false,
    consentDefence: false,
    nonPunishment: "discretionary",
    note: "Illustrative only: a definition without forced criminality (scam compounds), not the law of Thailand.",
  },
  VN: {
    country: "VN",
    status: "illustrative",
    legalText: null,
    childAgeLimit: 16,
    childMeansRequired: false,
    purposesCovered: "all",
    movementRequired: false,
    consentDefence: false,
    nonPunishment: "discretionary",
    note: "Illustrative only: a child rule that stops at 16, not the law of Viet Nam.",
  },
  MY: {
    country: "MY",
    status: "illustrative",
    legalText: null,
    childAgeLimit: 18,
    childMeansRequired: true,
    purposesCovered: "all",
    movementRequired: false,
    consentDefence: true,
    nonPunishment: "none",
    note: "Illustrative only: means required for children and consent as a defence, not the law of Malaysia.",
  },
  KH: {
    country: "KH",
    status: "illustrative",
    legalText: null,
    childAgeLimit: 18,
    childMeansRequired: false,
    purposesCovered: "all",
    movementRequired: true,
    consentDefence: false,
    nonPunishment: "mandatory",
    note: "Illustrative only: a definition that requires cross-border movement, not the law of Cambodia.",
  },
};
