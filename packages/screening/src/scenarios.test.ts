import { describe, expect, it } from "vitest";
import type { Determination, Element, ElementInput } from "./elements.ts";
import { evaluateElements } from "./evaluate.ts";
import { nationalProfiles } from "./profiles.ts";

const base: ElementInput = {
  id: "s",
  age: 15,
  ageEstimated: false,
  ageDisputed: false,
  acts: [],
  means: [],
  purposes: [],
  unknown: [],
  consented: false,
  exploitationOccurred: true,
  borderCrossed: true,
  profile: null,
};

type Scenario = {
  name: string;
  input: Partial<ElementInput>;
  determination: Determination;
  missing?: Element[];
  explains?: string[];
  notExplains?: string[];
  national?: { determination: Determination; differences?: string[] };
};

const recruitedForSex: Pick<ElementInput, "acts" | "purposes"> = {
  acts: ["recruitment"],
  purposes: ["sexual_exploitation"],
};

/* Each row is a rule of the definition or one of its edge cases; the engine must give exactly this. */
const scenarios: Scenario[] = [
  {
    name: "child recruited for sexual exploitation, no means",
    input: { ...recruitedForSex },
    determination: "presumed_victim",
    explains: ["child.means_not_required", "non_punishment"],
  },
  {
    name: "child transported for forced labour",
    input: { acts: ["transportation"], purposes: ["forced_labour"] },
    determination: "presumed_victim",
  },
  {
    name: "child harboured for forced begging",
    input: { acts: ["harbouring"], purposes: ["forced_begging"] },
    determination: "presumed_victim",
  },
  {
    name: "child received for forced marriage",
    input: { acts: ["receipt"], purposes: ["forced_marriage"] },
    determination: "presumed_victim",
  },
  {
    name: "child transferred for organ removal",
    input: { acts: ["transfer"], purposes: ["organ_removal"] },
    determination: "presumed_victim",
  },
  {
    name: "child recruited by an armed group",
    input: { acts: ["recruitment"], purposes: ["armed_recruitment"] },
    determination: "presumed_victim",
  },
  {
    name: "child with means too",
    input: { ...recruitedForSex, means: ["deception"] },
    determination: "presumed_victim",
  },
  {
    name: "child who said she agreed",
    input: { ...recruitedForSex, consented: true },
    determination: "presumed_victim",
    explains: ["consent.irrelevant_child"],
  },
  {
    name: "child: intent without exploitation yet",
    input: { ...recruitedForSex, exploitationOccurred: false },
    determination: "presumed_victim",
    explains: ["purpose.intent_suffices"],
  },
  {
    name: "child abused online at home, no movement",
    input: { acts: ["recruitment"], purposes: ["abuse_material"], borderCrossed: false },
    determination: "presumed_victim",
    explains: ["movement.not_required"],
  },
  {
    name: "child live-streamed, no border",
    input: {
      acts: ["harbouring"],
      purposes: ["sexual_exploitation", "abuse_material"],
      borderCrossed: false,
    },
    determination: "presumed_victim",
  },
  {
    name: "child in a scam compound",
    input: { acts: ["recruitment", "transportation"], purposes: ["forced_criminality"] },
    determination: "presumed_victim",
  },
  {
    name: "17-year-old (still a child)",
    input: { ...recruitedForSex, age: 17 },
    determination: "presumed_victim",
  },
  {
    name: "18-year-old without means (adult)",
    input: { ...recruitedForSex, age: 18 },
    determination: "no_indication",
    explains: ["adult.means_required", "means.absent"],
  },
  {
    name: "age unknown: presumed a child",
    input: { ...recruitedForSex, age: null },
    determination: "presumed_victim",
    explains: ["child.age_presumed", "child.means_not_required"],
  },
  {
    name: "age disputed at 19: presumed a child",
    input: { ...recruitedForSex, age: 19, ageDisputed: true },
    determination: "presumed_victim",
    explains: ["child.age_presumed"],
  },
  {
    name: "estimated age 16",
    input: { ...recruitedForSex, age: 16, ageEstimated: true },
    determination: "presumed_victim",
  },
  {
    name: "adult deceived, all three elements",
    input: { ...recruitedForSex, age: 24, means: ["deception"] },
    determination: "presumed_victim",
  },
  {
    name: "adult deceived into consent",
    input: { ...recruitedForSex, age: 24, means: ["deception"], consented: true },
    determination: "presumed_victim",
    explains: ["consent.irrelevant_means"],
  },
  {
    name: "adult consented, no means",
    input: { ...recruitedForSex, age: 24, consented: true },
    determination: "no_indication",
    notExplains: ["consent.irrelevant_means"],
  },
  {
    name: "adult coerced into forced labour",
    input: { age: 30, acts: ["transportation"], means: ["coercion"], purposes: ["forced_labour"] },
    determination: "presumed_victim",
  },
  {
    name: "adult, debt bondage payments",
    input: {
      age: 30,
      acts: ["receipt"],
      means: ["payments_to_controller"],
      purposes: ["servitude"],
    },
    determination: "presumed_victim",
  },
  {
    name: "adult, abuse of vulnerability, scam compound",
    input: {
      age: 22,
      acts: ["recruitment"],
      means: ["abuse_of_vulnerability"],
      purposes: ["forced_criminality"],
      borderCrossed: true,
    },
    determination: "presumed_victim",
  },
  {
    name: "adult, means not yet assessed",
    input: { ...recruitedForSex, age: 25, unknown: ["means"] },
    determination: "possible_victim",
    missing: ["means"],
    explains: ["means.unknown"],
  },
  {
    name: "adult, means and purpose not yet assessed",
    input: { age: 25, acts: ["recruitment"], unknown: ["means", "purposes"] },
    determination: "possible_victim",
    missing: ["means", "purposes"],
  },
  {
    name: "child, purpose not yet assessed",
    input: { acts: ["recruitment"], unknown: ["purposes"] },
    determination: "possible_victim",
    missing: ["purposes"],
  },
  {
    name: "child, act not yet assessed",
    input: { purposes: ["forced_begging"], unknown: ["acts"] },
    determination: "possible_victim",
    missing: ["acts"],
  },
  {
    name: "child, purpose assessed and absent",
    input: { acts: ["transportation"] },
    determination: "no_indication",
    explains: ["purposes.absent"],
  },
  {
    name: "smuggling without exploitation (adult)",
    input: { age: 28, acts: ["transportation"], means: [], purposes: [], borderCrossed: true },
    determination: "no_indication",
  },
  {
    name: "smuggling of a child without exploitation purpose",
    input: { age: 14, acts: ["transportation"], purposes: [] },
    determination: "no_indication",
  },
  {
    name: "nothing established, nothing assessed",
    input: { unknown: ["acts", "means", "purposes"] },
    determination: "no_indication",
  },
  { name: "nothing established, all assessed", input: {}, determination: "no_indication" },
  {
    name: "adult, means established, act unknown, purpose absent",
    input: { age: 40, means: ["force"], unknown: ["acts"] },
    determination: "no_indication",
  },
  {
    name: "adult, only purpose established, rest unknown",
    input: { age: 40, purposes: ["forced_labour"], unknown: ["acts", "means"] },
    determination: "possible_victim",
    missing: ["acts", "means"],
  },
  {
    name: "child, only means established, rest unknown",
    input: { means: ["abduction"], unknown: ["acts", "purposes"] },
    determination: "possible_victim",
    missing: ["acts", "purposes"],
  },
  {
    name: "child, means unknown does not matter",
    input: { ...recruitedForSex, unknown: ["means"] },
    determination: "presumed_victim",
  },
  {
    name: "no indication never states non-punishment",
    input: { age: 30, acts: ["recruitment"] },
    determination: "no_indication",
    notExplains: ["non_punishment"],
  },
  {
    name: "abduction of an adult for organ removal",
    input: { age: 35, acts: ["transfer"], means: ["abduction"], purposes: ["organ_removal"] },
    determination: "presumed_victim",
  },
  {
    name: "abuse of power over a domestic worker",
    input: {
      age: 26,
      acts: ["harbouring"],
      means: ["abuse_of_power"],
      purposes: ["servitude", "slavery"],
    },
    determination: "presumed_victim",
  },
  {
    name: "threat against family, forced begging",
    input: { age: 19, acts: ["recruitment"], means: ["threat"], purposes: ["forced_begging"] },
    determination: "presumed_victim",
  },
  {
    name: "fraudulent job offer, exploitation not yet",
    input: {
      age: 20,
      acts: ["recruitment"],
      means: ["fraud"],
      purposes: ["forced_labour"],
      exploitationOccurred: false,
    },
    determination: "presumed_victim",
    explains: ["purpose.intent_suffices"],
  },
  // National profiles (illustrative data): both determinations side by side.
  {
    name: "TH profile: scam compound not covered nationally",
    input: { acts: ["recruitment"], purposes: ["forced_criminality"], profile: "TH" },
    determination: "presumed_victim",
    explains: ["protection.international"],
    national: { determination: "no_indication", differences: ["purpose_not_covered"] },
  },
  {
    name: "TH profile: sexual exploitation covered",
    input: { ...recruitedForSex, profile: "TH" },
    determination: "presumed_victim",
    notExplains: ["protection.international"],
    national: { determination: "presumed_victim", differences: [] },
  },
  {
    name: "VN profile: 17-year-old without means",
    input: { ...recruitedForSex, age: 17, profile: "VN" },
    determination: "presumed_victim",
    national: { determination: "no_indication", differences: ["child_age_limit"] },
  },
  {
    name: "VN profile: 15-year-old",
    input: { ...recruitedForSex, age: 15, profile: "VN" },
    determination: "presumed_victim",
    national: { determination: "presumed_victim" },
  },
  {
    name: "MY profile: child without means",
    input: { ...recruitedForSex, profile: "MY" },
    determination: "presumed_victim",
    national: { determination: "no_indication", differences: ["child_means_required"] },
  },
  {
    name: "MY profile: adult deceived but consented",
    input: { ...recruitedForSex, age: 25, means: ["deception"], consented: true, profile: "MY" },
    determination: "presumed_victim",
    national: { determination: "no_indication", differences: ["consent_defence"] },
  },
  {
    name: "KH profile: online abuse at home",
    input: {
      acts: ["recruitment"],
      purposes: ["abuse_material"],
      borderCrossed: false,
      profile: "KH",
    },
    determination: "presumed_victim",
    national: { determination: "no_indication", differences: ["movement_required"] },
  },
  {
    name: "KH profile: across a border",
    input: { ...recruitedForSex, borderCrossed: true, profile: "KH" },
    determination: "presumed_victim",
    national: { determination: "presumed_victim", differences: [] },
  },
  {
    name: "child, several acts and purposes",
    input: {
      acts: ["recruitment", "transportation", "harbouring"],
      purposes: ["sexual_exploitation", "forced_labour"],
    },
    determination: "presumed_victim",
  },
  {
    name: "child aged 0, transferred into servitude",
    input: { age: 0, acts: ["transfer"], purposes: ["servitude"] },
    determination: "presumed_victim",
  },
  {
    name: "child, act absent but purpose present",
    input: { purposes: ["sexual_exploitation"] },
    determination: "no_indication",
    explains: ["acts.absent"],
  },
  {
    name: "adult, act and means but purpose unknown",
    input: { age: 33, acts: ["recruitment"], means: ["fraud"], unknown: ["purposes"] },
    determination: "possible_victim",
    missing: ["purposes"],
  },
  {
    name: "adult, everything unknown but the act",
    input: { age: 33, acts: ["receipt"], unknown: ["means", "purposes"] },
    determination: "possible_victim",
    missing: ["means", "purposes"],
  },
  {
    name: "adult, means absent and purpose unknown",
    input: { age: 33, acts: ["receipt"], unknown: ["purposes"] },
    determination: "no_indication",
  },
  {
    name: "disputed age with a stated 25",
    input: { ...recruitedForSex, age: 25, ageDisputed: true, consented: true },
    determination: "presumed_victim",
    explains: ["consent.irrelevant_child"],
  },
  {
    name: "estimated adult age, not disputed",
    input: { ...recruitedForSex, age: 20, ageEstimated: true },
    determination: "no_indication",
  },
  {
    name: "adult, live-streamed abuse at home by coercion",
    input: {
      age: 19,
      acts: ["harbouring"],
      means: ["coercion"],
      purposes: ["abuse_material"],
      borderCrossed: false,
    },
    determination: "presumed_victim",
    explains: ["movement.not_required"],
  },
  {
    name: "adult forced marriage by payments to parents",
    input: {
      age: 18,
      acts: ["transfer"],
      means: ["payments_to_controller"],
      purposes: ["forced_marriage"],
    },
    determination: "presumed_victim",
  },
  {
    name: "child: exploitation happened and border crossed",
    input: { ...recruitedForSex, exploitationOccurred: true, borderCrossed: true },
    determination: "presumed_victim",
    notExplains: ["purpose.intent_suffices", "movement.not_required"],
  },
  {
    name: "VN profile: age unknown stays a child",
    input: { ...recruitedForSex, age: null, profile: "VN" },
    determination: "presumed_victim",
    national: { determination: "presumed_victim", differences: [] },
  },
  {
    name: "MY profile: adult with means, no consent",
    input: { ...recruitedForSex, age: 25, means: ["force"], profile: "MY" },
    determination: "presumed_victim",
    national: { determination: "presumed_victim", differences: [] },
  },
  {
    name: "TH profile: purpose unknown stays open nationally",
    input: { acts: ["recruitment"], unknown: ["purposes"], profile: "TH" },
    determination: "possible_victim",
    missing: ["purposes"],
    national: { determination: "possible_victim", differences: [] },
  },
];

describe("screening scenarios", () => {
  it(`has a scenario table of ${scenarios.length} rows`, () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(60);
  });
  for (const s of scenarios) {
    it(s.name, () => {
      const input = { ...base, ...s.input, id: s.name } as ElementInput;
      const profile = input.profile ? (nationalProfiles[input.profile] ?? null) : null;
      const r = evaluateElements(input, profile);
      expect(r.determination).toBe(s.determination);
      expect(r.missingElements).toEqual(s.missing ?? []);
      const codes = r.explanation.map((l) => l.code);
      for (const c of s.explains ?? []) expect(codes).toContain(c);
      for (const c of s.notExplains ?? []) expect(codes).not.toContain(c);
      for (const line of r.explanation) expect(line.text.length).toBeGreaterThan(10);
      if (s.national) {
        expect(r.national?.determination).toBe(s.national.determination);
        if (s.national.differences)
          expect(r.national?.differences.map((d) => d.code)).toEqual(s.national.differences);
        expect(r.national?.status).toBe("illustrative");
      } else {
        expect(r.national).toBeNull();
      }
    });
  }
});
