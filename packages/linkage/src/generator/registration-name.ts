import { drawGiven, drawHouseholdName } from "./names.ts";
import type { Random } from "./random.ts";
import { joinNative } from "./spelling.ts";
import type { Group, Token } from "./types.ts";

/** A child's name as a careful caseworker registers it: own script, and her own Latin spelling. */
export interface RegistrationName {
  givenName: string;
  familyName?: string;
  givenNameLatin?: string;
  familyNameLatin?: string;
  nameOrder: "given_first" | "family_first";
}

const latinOf = (tokens: readonly Token[]) => tokens.map((t) => t.own).join(" ");

/**
 * A fictional, uncorrupted name of one group, drawn from the same weighted tables as the linkage
 * generator (so Nguyễn is as common in demo and benchmark data as in a real register, and a full
 * name is shared by few children, not by hundreds). Latin-script groups get one spelling only.
 */
export function registrationName(rng: Random, group: Group, sex: "f" | "m"): RegistrationName {
  const household = drawHouseholdName(rng, group);
  const given = drawGiven(rng, group, sex);
  switch (group) {
    case "vietnamese":
    case "thai":
    case "khmer":
    case "lao": {
      // Thai, Khmer and Lao write a given name's parts together; Vietnamese separates syllables.
      const join = group === "vietnamese" ? " " : "";
      return {
        givenName: joinNative(given, join),
        familyName: joinNative(household.family, " "),
        givenNameLatin: latinOf(given),
        familyNameLatin: latinOf(household.family),
        nameOrder: group === "vietnamese" || group === "khmer" ? "family_first" : "given_first",
      };
    }
    case "burmese":
      // No family name: the syllables are the whole name.
      return {
        givenName: joinNative(given, ""),
        givenNameLatin: latinOf(given),
        nameOrder: "given_first",
      };
    case "malay": {
      // The father's name follows bin/binti; it is a patronymic, not a family name.
      const marker = sex === "f" ? "binti" : "bin";
      return {
        givenName: `${joinNative(given, " ")} ${marker} ${joinNative(household.father, " ")}`,
        nameOrder: "given_first",
      };
    }
    case "indonesian":
    case "filipino":
      // Many Indonesians have one name only; a Filipino's middle name stays off the form here.
      return household.family.length
        ? {
            givenName: joinNative(given, " "),
            familyName: joinNative(household.family, " "),
            nameOrder: "given_first",
          }
        : { givenName: joinNative(given, " "), nameOrder: "given_first" };
  }
}
