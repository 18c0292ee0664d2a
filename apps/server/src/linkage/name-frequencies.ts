import type { ObservedNames, PreparedRecord } from "@sahabat/linkage";
import { sql } from "kysely";
import type { Db } from "../platform/db/database.ts";
import type { MatchKey } from "./match-keys.ts";
import { useObservedNames } from "./model.ts";

/*
 * The node's own name frequencies (see packages/linkage observed-frequencies.ts for why). Each
 * person's given and family name keys are stored beside the blocking keys, under rules of their
 * own that no look-up uses, so counting them is one aggregate over an index instead of reading
 * and romanising every person. They are counts of names, not of anyone's data: a frequency
 * table says how common "Nguyen" is, never who bears it.
 */

const RULES = { given: "name_given", family: "name_family" } as const;
type Part = keyof typeof RULES;

/** The name keys of a prepared record, for the frequency count (`country|key`). */
export function nameFrequencyKeys(prepared: PreparedRecord): MatchKey[] {
  const country = prepared.nationality ?? "";
  const keys: MatchKey[] = [];
  if (prepared.givenKey) keys.push({ rule: RULES.given, key: `${country}|${prepared.givenKey}` });
  if (prepared.familyKey)
    keys.push({ rule: RULES.family, key: `${country}|${prepared.familyKey}` });
  return keys.filter((k) => k.key.length <= 400);
}

/** How many of the node's persons bear each name key, per part and country ("*": all). */
export async function countNodeNames(db: Db): Promise<ObservedNames> {
  const { rows } = await sql<{ rule: string; key: string; n: number }>`
    select rule, key, count(*)::int as n
    from person_match_keys
    where rule in (${RULES.given}, ${RULES.family})
    group by rule, key`.execute(db);
  const observed: ObservedNames = {};
  const add = (part: Part, country: string, name: string, n: number) => {
    const byCountry = observed[part] ?? {};
    observed[part] = byCountry;
    const table = byCountry[country] ?? new Map<string, number>();
    byCountry[country] = table;
    table.set(name, (table.get(name) ?? 0) + n);
  };
  for (const r of rows) {
    const part: Part = r.rule === RULES.given ? "given" : "family";
    const bar = r.key.indexOf("|");
    const country = r.key.slice(0, bar);
    const name = r.key.slice(bar + 1);
    add(part, "*", name, r.n);
    if (country) add(part, country, name, r.n);
  }
  return observed;
}

/**
 * Recounts the node's names and scores with the blended frequencies from now on. Run at start
 * (after the keys' backfill) and every few hours by the server: each run that changes a count
 * changes the model version, and the review queue rescores its open pairs with the new one.
 * Returns the version now in use.
 */
export async function refreshNodeNameFrequencies(db: Db): Promise<string> {
  return useObservedNames(await countNodeNames(db));
}
