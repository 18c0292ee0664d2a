import { describe, expect, it } from "vitest";
import type { PersonRecord } from "../record.ts";
import { comparisonByName, MISSING } from "./comparisons.ts";
import { prepareRecord } from "./prepare.ts";
import { termFrequencies } from "./term-frequencies.ts";

// Levels for the region's naming and dating habits that the generic cases do not show.

const today = "2026-11-28";

function level(
  name: string,
  x: Omit<PersonRecord, "id">,
  y: Omit<PersonRecord, "id">,
): string | null {
  const comparison = comparisonByName(name);
  if (!comparison) throw new Error(name);
  const l = comparison.level(
    prepareRecord({ id: "a", ...x }, 0, { today }),
    prepareRecord({ id: "b", ...y }, 1, { today }),
  );
  return l === MISSING ? null : (comparison.levels[l] as string);
}

describe("given names written differently across the region", () => {
  it("compares a Burmese name cut into two fields with the whole name", () => {
    expect(
      level(
        "given",
        { given: "Lwinn Wai Kyi", family: "Tin", nationality: "MM" },
        { given: "Lwen Wai Kyi Tin", nationality: "MM" },
      ),
    ).toBe("jw_0.92");
  });

  it("does not count a shared first word of a name cut in two as the names' likeness", () => {
    // Sorted, "dewi putri" and "dewi susanti" share a prefix that lifted Jaro–Winkler to 0.88.
    const whole = { given: "Putri Dewi", nationality: "ID" };
    const split = { given: "Susanti", family: "Dewi", nationality: "ID" };
    expect(level("given", whole, split)).not.toMatch(/^jw_/);
    // A respelled word after the shared one still counts.
    expect(
      level("given", { given: "Dewi Poetri", nationality: "ID" }, { ...split, given: "Putri" }),
    ).toMatch(/^(loose|jw_0.92)$/);
  });

  it("never reads a father's and a son's names, each with bin, as one name reordered", () => {
    const son = { given: "Muhammad Aqil bin Ali", nationality: "MY" };
    const father = { given: "Ali bin Muhammad Aqil", nationality: "MY" };
    expect(level("given", son, father)).not.toMatch(/^(reversed|loose)$/);
    expect(level("family", son, father)).toBe("else");
    // Without the marker on one side, fields may have been swapped: still read in any order.
    expect(level("given", son, { given: "Ali", family: "Muhammad Aqil", nationality: "MY" })).toBe(
      "reversed",
    );
  });

  it("keeps a left-out family name apart from a name cut in two", () => {
    expect(level("given", { given: "Minh Thai", family: "Nguyen" }, { given: "Minh Thai" })).toBe(
      "exact",
    );
  });

  it("needs every given word to be an alias, not one shared Muhammad", () => {
    const x = { given: "Muhammad Rashid", family: "bin Ismail", nationality: "MY" };
    expect(
      level("given", x, { given: "Muhammad Hafiz", family: "bin Ismail", nationality: "MY" }),
    ).not.toBe("alias");
    expect(
      level("family", x, { given: "Muhammad Hafiz", family: "bin Muhammad", nationality: "MY" }),
    ).not.toBe("tokens");
  });

  it("leaves out a Filipino middle initial written after the given name", () => {
    expect(
      level(
        "given",
        { given: "Rhea T.", family: "Castillo" },
        { given: "Rhea", family: "Castillo" },
      ),
    ).toBe("exact");
  });

  it("counts a placeholder given name as missing, not the father's name after it", () => {
    expect(
      level(
        "given",
        { given: "Infant", family: "bin Hafiz Adam", nationality: "MY" },
        { given: "Zul Fikri", family: "bin Hafiz Adam", nationality: "MY" },
      ),
    ).toBeNull();
  });
});

describe("dates of birth", () => {
  it("compares two impossible dates of one year like estimates", () => {
    expect(level("dob", { dob: "1990-30-03" }, { dob: "1990-03-34" })).toBe("age_close");
  });

  it("ranks written dates a month apart below a close estimated age", () => {
    const levels = comparisonByName("dob")?.levels ?? [];
    expect(level("dob", { dob: "2015-03-01" }, { dob: "2015-03-20" })).toBe("within_1_month");
    expect(levels.indexOf("within_1_month")).toBeGreaterThan(levels.indexOf("age_close"));
  });
});

describe("name frequencies", () => {
  it("count a bearer once however many records she has, and every bearer of a common name", () => {
    const records = [
      { given: "Sokha", family: "Rare", dob: "2015-04-01" },
      { given: "Sokha", family: "Rare", dob: "2015-04-01" },
      { given: "Sokha", family: "Rare", age: 11, ageEstimated: true, recordedOn: "2026-06-01" },
      { given: "Dara", family: "Common", dob: "2015-04-02" },
      { given: "Vuthy", family: "Common", dob: "2015-07-09" },
      { given: "Chenda", family: "Common", dob: "2015-01-20" },
    ].map((r, i) => prepareRecord({ id: String(i), nationality: "KH", ...r }, i, { today }));
    const family = termFrequencies(records).family?.KH ?? {};
    expect(family.common).toBeCloseTo(3 / 4);
    expect(family.rare).toBeUndefined();
  });
});

describe("vowels respelled", () => {
  it("puts a Khmer or Burmese vowel respelling on the vowels level, below Jaro–Winkler", () => {
    expect(
      level(
        "family",
        { given: "Chanlina", family: "Chea", nationality: "KH" },
        { given: "Chanlina", family: "Chia", nationality: "KH" },
      ),
    ).toBe("vowels");
    expect(
      level(
        "family",
        { given: "Wanna", family: "Kaev", nationality: "KH" },
        { given: "Wanna", family: "Keo", nationality: "KH" },
      ),
    ).toBe("vowels");
    expect(level("given", { given: "Suon" }, { given: "Suen" })).toBe("vowels");
    // The romanised Burmese script (ဆွေ "sway") against a person's own spelling (Swe): the loose
    // key folds a final "we" since, so they meet above Jaro–Winkler; Lwin / Lwen stays a vowel
    // respelling.
    expect(
      level(
        "given",
        { native: "ဆွေစန္ဒာ", nationality: "MM" },
        { given: "Swe Sandar", nationality: "MM" },
      ),
    ).toBe("loose");
    expect(level("given", { given: "Lwin" }, { given: "Lwen" })).toBe("vowels");
    // Other consonants are another name.
    expect(level("family", { given: "A", family: "Sok" }, { given: "A", family: "Sam" })).toBe(
      "else",
    );
  });

  it("counts a family name found in the other record's whole name, and nothing when absent", () => {
    expect(
      level("family", { given: "Slamet", family: "Loekman" }, { given: "Slamet Loekman" }),
    ).toBe("tokens");
    expect(
      level("family", { given: "Slamet", family: "Loekman" }, { given: "Slamet Rahardjo" }),
    ).toBeNull();
    // Not split differently (a family name left out): still missing.
    expect(level("family", { given: "Slamet", family: "Loekman" }, { given: "Slamet" })).toBeNull();
  });
});

describe("a Burmese title on a record without a nationality", () => {
  it("reads the name as Burmese against a Burmese record, and only then", () => {
    // Without a country "Ma" stays a name word (a Vietnamese family name); against ဝင်းဖြူလွင်
    // it is the title, and the names are near.
    expect(
      level("given", { native: "ဝင်းဖြူလွင်", nationality: "MM" }, { given: "Ma Win Pyu Lwen" }),
    ).toBe("jw_0.92");
    expect(level("given", { given: "Ma Yu Thet" }, { given: "Yu Thet", nationality: "MM" })).toBe(
      "exact",
    );
    // Against a record of another country, Ma is a name: Ma Thi Lan is not Thi Lan.
    expect(
      level("given", { given: "Ma Thi Lan" }, { given: "Thi Lan", nationality: "VN" }),
    ).not.toBe("exact");
  });
});
