import { drawDocument, drawPhone } from "./identifiers.ts";
import { drawGiven, drawHouseholdName, isSameGiven } from "./names.ts";
import type { Random } from "./random.ts";
import type { Group, TruePerson } from "./types.ts";

/*
 * True persons come in households: mostly one person, sometimes siblings or twins. Twins share the
 * family name, the date of birth, the parents and often the phone, and differ only in given name
 * (and perhaps sex): the hardest true non-matches a linker meets, as the Lao child health record
 * study found.
 */

const TWIN_RATE = 0.025;
const SIBLING_RATE = 0.07;
const YEAR = 365.25;

/** Who a household holds, before ids are assigned. */
export type HouseholdKind = "single" | "twins" | "siblings";

/** Draws the household kind; two-person kinds need room for two persons. */
export function drawHouseholdKind(rng: Random, room: number): HouseholdKind {
  if (room < 2) return "single";
  const r = rng.next();
  return r < TWIN_RATE ? "twins" : r < TWIN_RATE + SIBLING_RATE ? "siblings" : "single";
}

/** Mostly children aged 3–17 on `today`, some young adults up to 45. */
function drawBirth(rng: Random, today: number): number {
  const years = rng.chance(0.85) ? rng.between(3, 17) : rng.between(18, 45);
  return today - Math.floor(years * YEAR) - rng.int(365);
}

/** The persons of one household, with placeholder ids that the caller replaces. */
export function drawHousehold(
  rng: Random,
  group: Group,
  kind: HouseholdKind,
  today: number,
  ids: { household: string; entities: readonly string[] },
): TruePerson[] {
  const name = drawHouseholdName(rng, group);
  const householdPhone = rng.chance(0.45) ? drawPhone(rng, group) : undefined;
  const firstBirth = drawBirth(rng, today);
  const count = kind === "single" ? 1 : 2;
  const persons: TruePerson[] = [];
  for (let i = 0; i < count; i++) {
    const sex = rng.chance(0.6) ? "f" : "m";
    let given = drawGiven(rng, group, sex);
    const first = persons[0];
    for (let tries = 0; first && tries < 20 && isSameGiven(given, first.given); tries++) {
      given = drawGiven(rng, group, sex);
    }
    const birth = i === 0 || kind === "twins" ? firstBirth : siblingBirth(rng, firstBirth, today);
    persons.push({
      entity: ids.entities[i] ?? "",
      household: ids.household,
      kin: kind === "twins" ? "twin" : kind === "siblings" ? "sibling" : undefined,
      group,
      sex,
      birth,
      given,
      family: name.family,
      middle: name.middle,
      father: name.father,
      title: name.title,
      phone: rng.chance(0.25)
        ? drawPhone(rng, group)
        : rng.chance(0.6)
          ? householdPhone
          : undefined,
      document: rng.chance(0.35) ? drawDocument(rng, group, birth) : undefined,
    });
  }
  return persons;
}

/** A sibling's birth 15 months to 6 years from the first child's, never in the future. */
function siblingBirth(rng: Random, first: number, today: number): number {
  const gap = 456 + rng.int(Math.floor(6 * YEAR) - 456);
  const later = first + gap;
  return later < today - YEAR ? later : first - gap;
}
