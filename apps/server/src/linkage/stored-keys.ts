import { prepareRecord } from "@sahabat/linkage";
import { type MatchKey, matchKeysOf, type PersonMatchRow } from "./match-keys.ts";
import { nameFrequencyKeys } from "./name-frequencies.ts";
import { toPersonRecord } from "./person-record.ts";

/**
 * Every key stored for a person with these matching fields (as stored), as refreshPersonMatchKeys
 * stores them: the blocking keys, and the name keys counted, never looked up, for the node's name
 * frequencies. A registration computes them before its insert, so they go into the person's own
 * statement (persons/queries.ts); linkage/queries.test.ts checks they equal the refreshed keys.
 */
export function storedKeysOf(fields: PersonMatchRow["fields"], today: string): MatchKey[] {
  // The id is not part of any key; a registration has none yet.
  const prepared = prepareRecord(toPersonRecord("", fields), 0, { today });
  return [...matchKeysOf(prepared), ...nameFrequencyKeys(prepared)];
}
