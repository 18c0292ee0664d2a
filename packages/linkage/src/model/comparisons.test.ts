import { describe, expect, it } from "vitest";
import type { PersonRecord } from "../record.ts";
import { comparisonByName, MISSING } from "./comparisons.ts";
import { prepareRecord } from "./prepare.ts";

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

describe("name levels", () => {
  it.each([
    [{ given: "Somchai", family: "Jaidee" }, { given: "SOMCHAI", family: "jaidee" }, "exact"],
    [{ given: "Dao", family: "Nguyen" }, { given: "Nguyen", family: "Dao" }, "reversed"],
    [{ given: "Martha", family: "X" }, { given: "Marhta", family: "X" }, "jw_0.92"],
    [{ given: "Dao", family: "Nguyen" }, { given: "Thi Dao", family: "Nguyen" }, "tokens"],
    [{ given: "Somchai", family: "Jaidee" }, { given: "Wichai", family: "Jaidee" }, "else"],
    // Lao romanisations (v/w, final y/i) meet on the loose key.
    [{ given: "Vilay", family: "Xayasane" }, { given: "Wilai", family: "Sayasan" }, "loose"],
    // Swapped with a typo: the given name sits in the other's family field.
    [
      { given: "Endang Susanti", family: "Siregarr" },
      { given: "Siregar", family: "Endang Susanti" },
      "reversed",
    ],
    // A given field holding the other's family name is a swap, not shared given names.
    [{ given: "Thi Yen", family: "Nguyen" }, { given: "Nguyen", family: "Thi Ha" }, "else"],
    [{ given: "Somchai" }, { family: "Jaidee" }, null],
  ])("given %o vs %o → %s", (x, y, expected) => {
    expect(level("given", x, y)).toBe(expected);
  });

  it("compares Vietnamese names with and without diacritics as exact", () => {
    expect(
      level("family", { given: "Đào", family: "Nguyễn" }, { given: "Dao", family: "NGUYEN" }),
    ).toBe("exact");
    expect(
      level("given", { given: "Đào", family: "Nguyễn" }, { given: "Dao", family: "NGUYEN" }),
    ).toBe("exact");
  });

  it("compares a Malay father's name where a family name would be", () => {
    expect(
      level(
        "family",
        { given: "Farrah Hidayah binti Haziq", nationality: "MY" },
        { given: "Farrah Hidayah", family: "binti Haziq", nationality: "MY" },
      ),
    ).toBe("exact");
    expect(
      level(
        "family",
        { given: "Adam Risal", family: "bin Aiman", nationality: "MY" },
        { given: "Adam Risal", family: "bin Azlan", nationality: "MY" },
      ),
    ).toBe("else");
  });

  it("leaves the family comparison out for a mononym", () => {
    expect(
      level("family", { given: "Aung Kyaw Moe" }, { given: "Aung Kyaw Moe", family: "Htun" }),
    ).toBeNull();
  });
});

describe("date of birth levels", () => {
  it.each([
    ["2011-03-07", "2011-03-07", "exact"],
    ["2011-03-07", "2011-03-08", "one_edit"],
    ["2011-03-07", "2011-07-03", "day_month_swapped"],
    // Swapped into an impossible month, as entered: still the same digits.
    ["2010-07-23", "2010-23-07", "day_month_swapped"],
    ["2011-03-07", "2011-03-31", "within_1_month"],
    ["2011-01-01", "2011-08-19", "january_1"],
    ["2011-03-07", "2011-12-25", "within_1_year"],
    ["2011-03-07", "2016-05-20", "within_10_years"],
    ["2011-03-07", "1990-05-20", "else"],
    // Impossible as written, but one keystroke from the other: compared on the digits.
    ["2011-02-31", "2011-02-21", "one_edit"],
  ])("%s vs %s → %s", (a, b, expected) => {
    expect(level("dob", { dob: a }, { dob: b })).toBe(expected);
  });

  it("compares an estimated age with a date by the overlap of implied birth years", () => {
    // Born around 2011-12 by the age, 2012-05 by the date: within a year and a half.
    expect(
      level(
        "dob",
        { dob: "2012-05-01" },
        { age: 14, ageEstimated: true, recordedOn: "2026-06-01" },
      ),
    ).toBe("age_close");
    expect(
      level(
        "dob",
        { dob: "2010-02-01" },
        { age: 14, ageEstimated: true, recordedOn: "2026-06-01" },
      ),
    ).toBe("age_overlap");
    expect(
      level(
        "dob",
        { dob: "2000-05-01" },
        { age: 14, ageEstimated: true, recordedOn: "2026-06-01" },
      ),
    ).toBe("within_10_years");
    expect(level("dob", { given: "x" }, { age: 14 })).toBeNull();
  });
});

describe("selector levels", () => {
  it("links two spellings of one phone number and ignores one that does not parse", () => {
    expect(
      level("phone", { phones: ["081 234 5678"], nationality: "TH" }, { phones: ["+66812345678"] }),
    ).toBe("shared");
    expect(
      level("phone", { phones: ["12"], nationality: "TH" }, { phones: ["+66812345678"] }),
    ).toBeNull();
  });

  it("puts a document number one keystroke away on its own level", () => {
    expect(level("document", { documents: ["5304218"] }, { documents: ["5304218"] })).toBe(
      "shared",
    );
    expect(level("document", { documents: ["5304218"] }, { documents: ["5304281"] })).toBe(
      "one_edit",
    );
    expect(level("document", { documents: ["5304218"] }, { documents: ["1111111"] })).toBe("else");
  });
});
