import { typoKinds } from "./typos.ts";

/** Every corruption tag the generator may put on a record. */
export const corruptionKinds = [
  "romanisation-variant",
  "diacritics-dropped",
  "order-swapped",
  "honorific-added",
  "patronymic-dropped",
  "patronymic-abbreviated",
  "particle-variant",
  "middle-initial",
  "mononym-split",
  "mononym-duplicated",
  "name-split",
  "zawgyi",
  "script-switched",
  "placeholder-name",
  "age-estimated",
  "dob-january-first",
  "dob-day-month-swapped",
  "dob-typo",
  ...typoKinds,
  "missing-given",
  "missing-family",
  "missing-dob",
  "missing-sex",
  "missing-nationality",
] as const;

/** One corruption tag. */
export type CorruptionKind = (typeof corruptionKinds)[number];
