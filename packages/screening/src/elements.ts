/*
 * The elements of the definition of trafficking in persons (Palermo Protocol Art. 3(a); ACTIP
 * Art. 2(a)): an act, by a means, for the purpose of exploitation. The codes are a stable
 * contract (`sahabat screen --elements`), documented in the README.
 */

/** Acts: what was done to the person. */
export const actCodes = [
  "recruitment",
  "transportation",
  "transfer",
  "harbouring",
  "receipt",
] as const;
/** Means: how the person's will was overcome. Not required for a child (Palermo Art. 3(c)). */
export const meansCodes = [
  "threat",
  "force",
  "coercion",
  "abduction",
  "fraud",
  "deception",
  "abuse_of_power",
  "abuse_of_vulnerability",
  "payments_to_controller",
] as const;
/** Purposes: the exploitation intended, including the forms the region adds. */
export const purposeCodes = [
  "sexual_exploitation",
  "forced_labour",
  "slavery",
  "servitude",
  "organ_removal",
  "forced_criminality",
  "forced_begging",
  "forced_marriage",
  "abuse_material",
  "armed_recruitment",
] as const;

export type ActCode = (typeof actCodes)[number];
export type MeansCode = (typeof meansCodes)[number];
export type PurposeCode = (typeof purposeCodes)[number];
/** The three elements. */
export type Element = "acts" | "means" | "purposes";

/** One person's established elements and circumstances, as the element-level contract takes them. */
export type ElementInput = {
  id: string;
  age: number | null;
  ageEstimated: boolean;
  ageDisputed: boolean;
  acts: ActCode[];
  means: MeansCode[];
  purposes: PurposeCode[];
  /** Elements not yet assessed: their absence is not a finding. */
  unknown: Element[];
  consented: boolean;
  exploitationOccurred: boolean;
  borderCrossed: boolean;
  profile: string | null;
};

/** The three possible determinations. */
export type Determination = "presumed_victim" | "possible_victim" | "no_indication";

/** Legal references cited by the explanation. */
export const references = {
  elements: "Palermo Protocol Art. 3(a); ACTIP Art. 2(a)",
  consent: "Palermo Protocol Art. 3(b); ACTIP Art. 2(b)",
  childRule: "Palermo Protocol Art. 3(c); ACTIP Art. 2(c)",
  child: "Palermo Protocol Art. 3(d); ACTIP Art. 2(d); CRC Art. 1",
  agePresumption:
    "UNICEF Guidelines on the Protection of Child Victims of Trafficking; OPSC Art. 8(2)",
  purposeOnly: 'Palermo Protocol Art. 3(a) ("for the purpose of exploitation")',
  noMovement: "Palermo Protocol Art. 3(a); UNODC Model Law (domestic trafficking is trafficking)",
  nonPunishment: "ACTIP Art. 14(7); OHCHR Recommended Principles and Guidelines, Principle 7",
  protection: "Palermo Protocol Art. 6; ACTIP Art. 14",
} as const;
