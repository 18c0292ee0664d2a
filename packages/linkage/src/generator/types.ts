import type { PersonRecord } from "../record.ts";
import type { NamePart } from "./tables/parts.ts";

/** The eight groups the generator draws persons from. */
export const groups = [
  "vietnamese",
  "thai",
  "khmer",
  "lao",
  "burmese",
  "indonesian",
  "malay",
  "filipino",
] as const;

/** A group of naming practice (not an ethnicity claim): decides names, scripts and country. */
export type Group = (typeof groups)[number];

/** ISO 3166-1 alpha-2 of each group's country. */
export const nationalityOf: Record<Group, string> = {
  vietnamese: "VN",
  thai: "TH",
  khmer: "KH",
  lao: "LA",
  burmese: "MM",
  indonesian: "ID",
  malay: "MY",
  filipino: "PH",
};

/** One generated record with its ground truth, which the linkage engine must never see. */
export interface GeneratedRecord {
  record: PersonRecord;
  /** The true person: records with the same entity are the same person. */
  entity: string;
  group: Group;
  /** What was done to this record, e.g. "zawgyi", "order-swapped", "typo-transpose". */
  corruptions: string[];
  /** Persons of one family share it: siblings and twins are different entities in one household. */
  household: string;
  kin: "twin" | "sibling" | undefined;
}

/** A name part with the Latin spelling this person uses for it. */
export interface Token {
  part: NamePart;
  own: string;
}

/** The true person behind the records. */
export interface TruePerson {
  entity: string;
  household: string;
  kin: "twin" | "sibling" | undefined;
  group: Group;
  sex: "f" | "m";
  /** Day number (days since 1970-01-01) of the date of birth. */
  birth: number;
  given: Token[];
  family: Token[];
  /** Filipino middle name (the mother's maiden family name). */
  middle: Token[];
  /** Malay patronymic: the father's given name(s). */
  father: Token[];
  /** Malay hereditary title written before the name (Wan, Nik, Syed). */
  title: Token[];
  /** National significant number of the person's phone. */
  phone: string | undefined;
  document: string | undefined;
}
