// Frequencies of given and family names in the records a model is trained on: the
// term-frequency adjustment weighs an exactly shared name by how common it is.

import type { Model } from "./model.ts";
import type { PreparedRecord } from "./prepare.ts";

const TF_TABLE_LIMIT = 50_000;

/**
 * Whether a record is one more bearer of its name, or another record of a person already counted.
 * A frequency estimates the share of people bearing a name, but a file holds several records of
 * one person: a name borne by one child registered three times would count three times and weigh
 * as if three children bore it. Without labels: a record with a written date of birth is a bearer
 * already counted when that name was seen with that very date; an estimated age, a default-filled
 * 1 January or a missing date, when the name was seen within a year of its birth. Nationality is
 * left out, since one child's records disagree on it (or leave it out).
 *
 * Counting one bearer per name, nationality and birth year, as before, held Nguyễn (39 % of
 * Vietnamese) to one bearer a year: it looked rarer than it is, and namesakes were accepted.
 */
class BearerCount {
  private readonly dates = new Set<string>();
  private readonly years = new Set<string>();

  isNewBearer(value: string, record: PreparedRecord): boolean {
    const centre = record.birthCentre;
    if (centre === null) return true;
    const year = Math.floor(centre);
    const exact = record.dob !== null && !record.estimated && !record.dobJan1;
    let known: boolean;
    if (exact) {
      const date = `${value}|${record.dob?.digits}`;
      known = this.dates.has(date);
      this.dates.add(date);
    } else {
      known =
        this.years.has(`${value}|${year - 1}`) ||
        this.years.has(`${value}|${year}`) ||
        this.years.has(`${value}|${year + 1}`);
    }
    this.years.add(`${value}|${year}`);
    return !known;
  }
}

/** Frequencies of given and family name keys, overall ("*") and per nationality. */
export function termFrequencies(
  records: readonly PreparedRecord[],
): Model["termFrequency"]["values"] {
  const values: Model["termFrequency"]["values"] = {};
  // Records with a written date first, so that a person is counted by the record that says most.
  const ordered = [...records].sort(
    (a, b) => Number(isVague(a)) - Number(isVague(b)) || a.index - b.index,
  );
  for (const part of ["given", "family"] as const) {
    const counts = new Map<string, Map<string, number>>();
    const totals = new Map<string, number>();
    const bearers = new BearerCount();
    for (const record of ordered) {
      const value = part === "given" ? record.givenKey : record.familyKey;
      if (value === "" || !bearers.isNewBearer(value, record)) continue;
      for (const country of record.nationality ? ["*", record.nationality] : ["*"]) {
        let table = counts.get(country);
        if (!table) {
          table = new Map();
          counts.set(country, table);
        }
        table.set(value, (table.get(value) ?? 0) + 1);
        totals.set(country, (totals.get(country) ?? 0) + 1);
      }
    }
    values[part] = frequencyTables(counts, totals);
  }
  return values;
}

function isVague(record: PreparedRecord): boolean {
  return record.dob === null || record.estimated || record.dobJan1;
}

function frequencyTables(
  counts: Map<string, Map<string, number>>,
  totals: Map<string, number>,
): Record<string, Record<string, number>> {
  const byCountry: Record<string, Record<string, number>> = {};
  for (const [country, table] of counts) {
    const total = totals.get(country) ?? 1;
    // Values seen once carry the minimum frequency anyway; keeping them would only bloat the file.
    const kept = [...table.entries()]
      .filter(([, count]) => count >= 2)
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, TF_TABLE_LIMIT);
    if (kept.length === 0) continue;
    byCountry[country] = Object.fromEntries(
      kept.map(([value, count]) => [value, Math.min(count / total, 0.999)]),
    );
  }
  return byCountry;
}
