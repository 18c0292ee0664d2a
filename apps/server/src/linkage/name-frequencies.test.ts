import { afterAll, beforeAll, expect, it } from "vitest";
import { type Client, signInAs } from "../../test/client.ts";
import { caseBody, makeOrg, makeUser } from "../../test/factories.ts";
import { describeEachDatabase } from "../../test/harness.ts";
import { linkageModel, useObservedNames } from "./model.ts";
import { countNodeNames, refreshNodeNameFrequencies } from "./name-frequencies.ts";

/*
 * The node's own name frequencies: a name many of the node's children bear counts for less in a
 * duplicate check once the node has counted its names, and the check names the model version
 * (with those frequencies) it scored with.
 */

const zawWin = (dateOfBirth: string) => ({
  givenName: "ဇော်ဝင်း",
  familyName: undefined,
  givenNameLatin: "Zaw Win",
  familyNameLatin: undefined,
  nameOrder: "given_first",
  sex: "male",
  dateOfBirth,
  estimatedAgeYears: undefined,
  ageBasis: "document",
  nationality: "MM",
  languages: ["my"],
  contacts: [],
});

describeEachDatabase("the node's own name frequencies", (h) => {
  let caseworker: Client;

  beforeAll(async () => {
    const org = await makeOrg(h, { countryCode: "MM" });
    caseworker = await signInAs(h, await makeUser(h, { org, role: "caseworker" }));
    // Twelve boys called Zaw Win, born in different years: namesakes, not one child.
    for (let i = 0; i < 12; i++) {
      const res = await caseworker.request(
        "POST",
        "/api/cases",
        caseBody({}, zawWin(`${2008 + (i % 9)}-0${1 + (i % 9)}-1${i % 10}`)),
      );
      if (res.status !== 201) throw new Error(JSON.stringify(res.json));
    }
  });

  afterAll(() => {
    // Back to the shipped frequencies for whatever runs next in this process.
    useObservedNames({});
  });

  it("counts each person's name keys per part and country", async () => {
    const counts = await countNodeNames(h.db);
    const mm = counts["given"]?.["MM"];
    expect(mm && Math.max(...mm.values())).toBe(12);
    expect(counts["family"]?.["MM"]).toBeUndefined();
  });

  it("weighs a name many of the node's children bear less once counted, under a new model version", async () => {
    const { languages: _, contacts: __, ...body } = zawWin("2015-06-20");
    const givenWeight = async () => {
      const res = await caseworker.request("POST", "/api/persons/duplicate-check", body);
      expect(res.status).toBe(200);
      return {
        version: res.json.modelVersion as string,
        given: (
          res.json.candidates as {
            explanation: { terms: { comparison: string; weight: number }[] };
          }[]
        )
          .map((c) => c.explanation.terms.find((t) => t.comparison === "given")?.weight ?? 0)
          .reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY),
        candidates: (res.json.candidates as unknown[]).length,
      };
    };
    useObservedNames({});
    const before = await givenWeight();
    expect(before.candidates).toBeGreaterThan(0);
    const version = await refreshNodeNameFrequencies(h.db);
    expect(version).not.toBe(before.version);
    expect(linkageModel().model.version).toBe(version);
    const after = await givenWeight();
    expect(after.version).toBe(version);
    const shown = (r: typeof before) =>
      r.candidates > 0 ? `best given-name weight ${r.given.toFixed(2)} bits` : "none shown";
    console.log(
      `"Zaw Win" shared by 12 of the node's boys, checked with another birth date: ${before.candidates} candidates (${shown(before)}) with the shipped frequencies, ${after.candidates} (${shown(after)}) with the node's`,
    );
    if (after.candidates > 0) expect(after.given).toBeLessThan(before.given - 2);
    expect(after.candidates).toBeLessThanOrEqual(before.candidates);
  });
});
