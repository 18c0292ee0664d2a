import { describe, expect, it } from "vitest";
import { canonicaliseSelector } from "./canonicalise.ts";
import { icaoCheckDigit, isValidSingaporeId, isValidThaiId } from "./check-digits.ts";

const doc = (value: string, documentType?: string, issuingCountry?: string) =>
  canonicaliseSelector("document", value, {
    ...(documentType && { documentType }),
    ...(issuingCountry && { issuingCountry }),
  });

// Computed by hand from the Thai scheme: check = (11 − Σ dᵢ·(14 − i) mod 11) mod 10.
const thaiIds = ["1101700203450", "5650100027186", "0123456789016"];

function changeDigit(value: string, index: number): string {
  const digit = Number(value[index]);
  return value.slice(0, index) + String((digit + 3) % 10) + value.slice(index + 1);
}

// ICAO 9303 part 4 specimen passport (Utopia).
const specimenLine1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
const specimenLine2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

describe("document numbers", () => {
  it("type, country and number without spaces or dashes; spellings link", () => {
    const found = doc("aa 123-4567", "Passport", "th");
    expect(found).toMatchObject({
      valid: true,
      canonical: "passport:TH:AA1234567",
      platform: "passport",
      country: "TH",
    });
    expect(doc("AA1234567", "passport", "THA").correlationKey).toBe(found.correlationKey);
    expect(doc("AA1234567", "national_id", "TH").correlationKey).toBeNull();
    expect(doc("AA1234567", "passport", "MM").correlationKey).not.toBe(found.correlationKey);
  });

  it("a Myanmar NRC keeps its letters; aliases name the type", () => {
    expect(doc("12/OuKaMa(N)123456", "NRC", "MM").canonical).toBe("national_id:MM:12OUKAMAN123456");
    expect(doc("079 203 012 345", "CCCD", "VN").canonical).toBe("national_id:VN:079203012345");
  });

  it.each(thaiIds)("Thai id %s is valid, with or without its dashes", (id) => {
    const dashed = `${id[0]}-${id.slice(1, 5)}-${id.slice(5, 10)}-${id.slice(10, 12)}-${id[12]}`;
    expect(isValidThaiId(id)).toBe(true);
    expect(doc(dashed, "national_id", "TH")).toMatchObject({
      valid: true,
      canonical: `national_id:TH:${id}`,
    });
    expect(doc(id, "birth_certificate", "TH").valid).toBe(true);
  });

  it.each(thaiIds)("Thai id %s with one digit changed fails its checksum", (id) => {
    for (let i = 0; i < 13; i++) {
      if (i === 2) continue;
      const changed = changeDigit(id, i);
      expect({ changed, problem: doc(changed, "national_id", "TH").problem }).toEqual({
        changed,
        problem: "checksum",
      });
    }
  });

  it("the Thai scheme cannot see a change in the third digit (weight 11 ≡ 0 mod 11)", () => {
    const [id = ""] = thaiIds;
    expect(isValidThaiId(changeDigit(id, 2))).toBe(true);
  });

  it("a Thai national id must have 13 digits", () => {
    expect(doc("110170020345", "national_id", "TH").problem).toBe("invalid_number");
  });

  it("Singapore NRIC/FIN check letters", () => {
    expect(isValidSingaporeId("S1234567D")).toBe(true);
    expect(doc("s1234567d", "nric", "SG")).toMatchObject({
      valid: true,
      canonical: "national_id:SG:S1234567D",
    });
    expect(doc("S1234567E", "national_id", "SG").problem).toBe("checksum");
    expect(doc("T1234567D", "national_id", "SG").problem).toBe("checksum");
  });

  it("no check digit is defined elsewhere: numbers are compared as written", () => {
    expect(doc("A12345678", "national_id", "KH").valid).toBe(true);
  });

  it.each<[string, string]>([
    ["", "empty"],
    ["A1", "too_short"],
    ["A".repeat(31), "too_long"],
  ])("%j is marked %s", (value, problem) => {
    expect(doc(value, "passport", "TH")).toMatchObject({
      valid: false,
      problem,
      correlationKey: null,
    });
  });
});

describe("machine-readable zones", () => {
  it("the ICAO specimen's check digits hold", () => {
    expect(icaoCheckDigit("L898902C3")).toBe(6);
    expect(icaoCheckDigit("740812")).toBe(2);
    expect(icaoCheckDigit("120415")).toBe(9);
  });

  it("a full TD3 zone gives a passport number, keeping an issuing state it cannot map", () => {
    const found = doc(`${specimenLine1}\n${specimenLine2}`);
    expect(found).toMatchObject({
      valid: true,
      platform: "passport",
      canonical: "passport::L898902C3",
    });
  });

  it("the zone's issuing state becomes the country", () => {
    const line1 = specimenLine1.replace("UTO", "THA");
    expect(doc(`${line1}\n${specimenLine2}`).canonical).toBe("passport:TH:L898902C3");
  });

  it("a zone's number links to the number typed from the data page", () => {
    const typed = doc("L898902C3", "passport", "TH");
    const read = doc(`${specimenLine1.replace("UTO", "THA")}\n${specimenLine2}`);
    expect(read.correlationKey).toBe(typed.correlationKey);
  });

  it("line 2 alone, and the number field with its check digit", () => {
    expect(doc(specimenLine2, "passport", "TH").canonical).toBe("passport:TH:L898902C3");
    expect(doc("L898902C36", "passport", "TH").problem).toBeUndefined();
    expect(doc("L898902C<7", "passport", "TH").problem).toBe("checksum");
  });

  it.each([
    ["document number", specimenLine2.replace("L898902C3", "L898902C4")],
    ["birth date", specimenLine2.replace("740812", "740813")],
    ["composite", `${specimenLine2.slice(0, 43)}1`],
  ])("a changed %s fails the check digits but keeps the number", (_field, line2) => {
    const found = doc(`${specimenLine1}\n${line2}`);
    expect(found).toMatchObject({ valid: false, problem: "checksum", correlationKey: null });
    expect(found.canonical).toMatch(/^passport::L898902C/);
  });

  it("a TD1 identity card's first line", () => {
    expect(doc("I<UTOD231458907<<<<<<<<<<<<<<<")).toMatchObject({
      valid: true,
      canonical: "national_id::D23145890",
    });
    expect(doc("I<UTOD231458908<<<<<<<<<<<<<<<").problem).toBe("checksum");
  });

  it("text with fillers that is no zone is unparseable", () => {
    expect(doc("AB<<12").problem).toBe("unparseable");
  });
});
