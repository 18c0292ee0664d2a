import { parseIsoDay } from "./dates.ts";
import { drawHousehold, drawHouseholdKind } from "./households.ts";
import { cumulate, mix32, Random } from "./random.ts";
import { renderRecord } from "./render-record.ts";
import { type GeneratedRecord, type Group, groups } from "./types.ts";

/*
 * The seeded generator of test persons for the linkage engine (issue 6). Every draw comes from
 * one seeded stream in a fixed order, so a seed replays exactly; nothing reads the clock.
 */

/** How many records each true person gets: uniform in [min, max], or weights for 1, 2, 3, … */
export type RecordsPerPerson = { min: number; max: number } | { weights: readonly number[] };

/** Options of the generator. */
export interface GeneratorOptions {
  seed: number;
  /** Number of true persons (twins and siblings count one each). */
  persons: number;
  /** Default: 1–5 records, weighted 35/30/20/10/5, so a third of persons are singletons. */
  recordsPerPerson?: RecordsPerPerson;
  /** Default: all eight, drawn with equal probability. */
  groups?: readonly Group[];
  /** The generator's "today" (YYYY-MM-DD): ages and registration dates are relative to it. */
  today: string;
}

const defaultWeights = [35, 30, 20, 10, 5];

function recordCountDrawer(spec: RecordsPerPerson | undefined): (rng: Random) => number {
  if (spec && "min" in spec) {
    const { min, max } = spec;
    if (!(Number.isInteger(min) && Number.isInteger(max) && min >= 1 && max >= min)) {
      throw new RangeError("recordsPerPerson needs integers 1 ≤ min ≤ max");
    }
    return (rng) => rng.between(min, max);
  }
  const weights = spec?.weights ?? defaultWeights;
  if (weights.length === 0 || weights.some((w) => !(w >= 0)) || !weights.some((w) => w > 0)) {
    throw new RangeError("recordsPerPerson weights must be non-negative with a positive one");
  }
  const cumulative = cumulate(weights);
  return (rng) => 1 + rng.weighted(cumulative);
}

/** Record id: a bijective scramble of the running number, unique and free of truth. */
function makeId(prefix: string, salt: number, n: number): string {
  // Hand-rolled base 36: Number#toString(36) takes V8's slow path and dominated the profile.
  let x = mix32((n ^ salt) >>> 0);
  let out = "";
  do {
    out = DIGITS36[x % 36] + out;
    x = Math.floor(x / 36);
  } while (x > 0);
  return prefix + out;
}

const DIGITS36 = "0123456789abcdefghijklmnopqrstuvwxyz";

/**
 * Records of `persons` fictional true persons, one at a time, for runs too large to hold
 * (a benchmark of 1,000,000 records). Same options, same sequence.
 */
export function* iterateRecords(
  options: GeneratorOptions,
): Generator<GeneratedRecord, void, undefined> {
  const chosen = options.groups ?? groups;
  if (chosen.length === 0) throw new RangeError("groups must not be empty");
  if (!(Number.isInteger(options.persons) && options.persons >= 0)) {
    throw new RangeError("persons must be a non-negative integer");
  }
  const today = parseIsoDay(options.today);
  const rng = new Random(options.seed);
  const drawCount = recordCountDrawer(options.recordsPerPerson);
  // A salt per kind of id, so that a record's id never repeats its person's id.
  const salt = mix32(options.seed ^ 0x5a17);
  const personSalt = mix32(salt ^ 0x50);
  const householdSalt = mix32(salt ^ 0x48);
  let personNumber = 0;
  let recordNumber = 0;
  let householdNumber = 0;
  while (personNumber < options.persons) {
    const group = rng.pick(chosen);
    const kind = drawHouseholdKind(rng, options.persons - personNumber);
    const entities = [makeId("P", personSalt, personNumber)];
    if (kind !== "single") entities.push(makeId("P", personSalt, personNumber + 1));
    const household = makeId("H", householdSalt, householdNumber++);
    const persons = drawHousehold(rng, group, kind, today, { household, entities });
    personNumber += persons.length;
    for (const person of persons) {
      const count = drawCount(rng);
      // An infant registered under a placeholder name, then again under the real name.
      const hasPlaceholder = count > 1 && today - person.birth < 18 * 365 && rng.chance(0.06);
      const ctx = {
        rng,
        person,
        today,
        id: "",
        isPlaceholder: hasPlaceholder,
        previousScript: undefined,
      };
      for (let k = 0; k < count; k++) {
        ctx.id = makeId("R", salt, recordNumber++);
        ctx.isPlaceholder = hasPlaceholder && k === 0;
        yield renderRecord(ctx);
      }
    }
  }
}

/** All records of `persons` fictional true persons, as one array. */
export function generatePersons(options: GeneratorOptions): GeneratedRecord[] {
  return Array.from(iterateRecords(options));
}

/** Pairs of record ids that belong to the same true person (a < b), for measuring a linker. */
export function listTruePairs(records: Iterable<GeneratedRecord>): [string, string][] {
  const byEntity = new Map<string, string[]>();
  for (const r of records) {
    const ids = byEntity.get(r.entity);
    if (ids) ids.push(r.record.id);
    else byEntity.set(r.entity, [r.record.id]);
  }
  const pairs: [string, string][] = [];
  for (const ids of byEntity.values()) {
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = ids[i] as string;
        const b = ids[j] as string;
        pairs.push(a < b ? [a, b] : [b, a]);
      }
    }
  }
  return pairs;
}

/** A test of whether two record ids are the same true person, built from the records. */
export function indexEntities(
  records: Iterable<GeneratedRecord>,
): (a: string, b: string) => boolean {
  const entityOf = new Map<string, string>();
  for (const r of records) entityOf.set(r.record.id, r.entity);
  return (a, b) => {
    const ea = entityOf.get(a);
    return ea !== undefined && ea === entityOf.get(b);
  };
}
