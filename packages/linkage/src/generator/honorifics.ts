import type { Random } from "./random.ts";
import { burmeseHonorifics } from "./tables/burmese.ts";
import type { TruePerson } from "./types.ts";

/*
 * Titles agencies write in front of a name. Thai official records nearly always carry one, and for
 * children under 15 it is the child title (ด.ช., ด.ญ.), which is evidence of age. Burmese Maung
 * and Ma are also ordinary name syllables, so a record with "Ma" may or may not be a title.
 */

/** A title in the record's script, or undefined when the group has none for this person. */
export function drawHonorific(
  rng: Random,
  person: TruePerson,
  age: number,
  isNative: boolean,
): string | undefined {
  const female = person.sex === "f";
  switch (person.group) {
    case "burmese": {
      const set =
        age < 18
          ? female
            ? burmeseHonorifics.girl
            : burmeseHonorifics.boy
          : female
            ? burmeseHonorifics.woman
            : age < 30
              ? burmeseHonorifics.youngMan
              : burmeseHonorifics.man;
      const part = set[0];
      if (!part) return undefined;
      return isNative ? part.native : rng.pick(part.latin);
    }
    case "thai":
      if (isNative) {
        if (age < 15) return female ? rng.pick(["ด.ญ.", "เด็กหญิง"]) : rng.pick(["ด.ช.", "เด็กชาย"]);
        return female ? (age > 25 && rng.chance(0.5) ? "นาง" : "นางสาว") : "นาย";
      }
      if (age < 15) return undefined;
      return female ? (age > 25 && rng.chance(0.5) ? "Nang" : "Nangsao") : rng.pick(["Nai", "Mr."]);
    case "lao":
      if (isNative) return female ? "ນາງ" : "ທ້າວ";
      return female ? "Nang" : "Thao";
    case "malay":
      return age >= 30 ? rng.pick(["Haji", "Hj."]) : undefined;
    default:
      return undefined;
  }
}

/** How often a record of the group carries a title, native and romanised. */
export function honorificRate(group: TruePerson["group"], isNative: boolean): number {
  switch (group) {
    case "thai":
      return isNative ? 0.55 : 0.15;
    case "burmese":
      return 0.35;
    case "lao":
      return 0.25;
    case "malay":
      return 0.15;
    default:
      return 0;
  }
}
