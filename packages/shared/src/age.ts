/*
 * Age from an exact date of birth or from an estimate. An estimate is stored with the date it was
 * made, so it advances with time. A person whose age is unknown or disputed is presumed a child
 * until assessed (UNICEF Guidelines on the protection of child victims of trafficking; ACTIP
 * Art. 14(2); see definitions.md §4.2 of the reference pack).
 */

/** What the record says about age. Dates are YYYY-MM-DD; `today` comes from the caller's clock. */
export type AgeFacts = {
  dateOfBirth: string | null;
  estimatedAgeYears: number | null;
  ageEstimatedOn: string | null;
  isAgeDisputed: boolean;
};

/** Result: the age in whole years (or null), whether it is estimated, and whether the person counts as a child. */
export type AgeAssessment = {
  years: number | null;
  isEstimated: boolean;
  isChild: boolean;
  /** True when the person is treated as a child only because the age is unknown or disputed. */
  isPresumedChild: boolean;
};

function parse(d: string): [number, number, number] {
  return d.split("-").map(Number) as [number, number, number];
}

/** Whole years between two YYYY-MM-DD dates. */
export function yearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = parse(from);
  const [ty, tm, td] = parse(to);
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

/** The person's age on `today`, and whether they are (or are presumed) a child. */
export function assessAge(facts: AgeFacts, today: string): AgeAssessment {
  let years: number | null = null;
  let isEstimated = false;
  if (facts.dateOfBirth) {
    years = yearsBetween(facts.dateOfBirth, today);
  } else if (facts.estimatedAgeYears !== null && facts.ageEstimatedOn) {
    years = facts.estimatedAgeYears + yearsBetween(facts.ageEstimatedOn, today);
    isEstimated = true;
  }
  const isMinorByAge = years !== null && years < 18;
  const isUnsure = years === null || facts.isAgeDisputed;
  return {
    years,
    isEstimated,
    isChild: isMinorByAge || isUnsure,
    isPresumedChild: isUnsure && !isMinorByAge,
  };
}
