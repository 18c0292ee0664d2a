// A person record as the linkage engine receives it: from the database, from a CSV file mapped by
// columns.yaml, or from the test generator. Every field but the id may be missing; values are as
// entered, and the engine derives its own keys from them.

export interface PersonRecord {
  id: string;
  given?: string | undefined;
  family?: string | undefined;
  other?: string | undefined;
  /** The name in its own script, as written. */
  native?: string | undefined;
  /** As entered: "female"/"male"/"f"/"m"/… ; the engine maps it to f, m or missing. */
  sex?: string | undefined;
  /** Date of birth as YYYY-MM-DD (may be an impossible date, kept as written for edit-distance comparison). */
  dob?: string | undefined;
  /** Age in years when the date of birth is unknown. */
  age?: number | undefined;
  /** True when the age (or date of birth) is an estimate. */
  ageEstimated?: boolean | undefined;
  /** The date (YYYY-MM-DD) on which the age was recorded, to place the implied birth years. */
  recordedOn?: string | undefined;
  /** ISO 3166-1 alpha-2 (or as entered). */
  nationality?: string | undefined;
  phones?: string[] | undefined;
  documents?: string[] | undefined;
  address?: string | undefined;
  locality?: string | undefined;
  postcode?: string | undefined;
  region?: string | undefined;
}
