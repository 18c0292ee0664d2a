import { describe, expect, it } from "vitest";
import { defaultModel } from "./default-model.ts";
import { parseModel } from "./model.ts";
import { blendTermFrequencies, type ObservedNames } from "./observed-frequencies.ts";
import { prepareRecord } from "./prepare.ts";
import { compileModel, explainPair } from "./score.ts";

const today = "2026-11-28";
// A Burmese mononym the shipped model's training data does not hold.
const zawWin = (id: string, dob: string) =>
  prepareRecord({ id, given: "Zaw Win", sex: "male", dob, nationality: "MM" }, 0, { today });

function observed(names: [part: string, country: string, name: string, n: number][]) {
  const o: ObservedNames = {};
  for (const [part, country, name, n] of names) {
    const byCountry = o[part] ?? {};
    o[part] = byCountry;
    const table = byCountry[country] ?? new Map<string, number>();
    byCountry[country] = table;
    table.set(name, n);
  }
  return o;
}

function givenAdjustment(model: ReturnType<typeof defaultModel>) {
  const e = explainPair(compileModel(model), zawWin("a", "2014-05-15"), zawWin("b", "2012-01-03"));
  const given = e.terms.find((t) => t.comparison === "given");
  return given?.weight ?? Number.NaN;
}

describe("the node's own name frequencies", () => {
  const shipped = defaultModel();
  const key = zawWin("x", "2014-05-15").givenKey;

  it("leave the model as it is when nothing is counted", () => {
    expect(blendTermFrequencies(shipped, {})).toBe(shipped);
  });

  it("make a name common among the node's persons count for less, and a rare one for more", () => {
    const common = blendTermFrequencies(
      shipped,
      observed([
        ["given", "*", key, 400],
        ["given", "MM", key, 400],
        ["given", "*", "other", 1600],
        ["given", "MM", "other", 600],
      ]),
    );
    const rare = blendTermFrequencies(
      shipped,
      observed([
        ["given", "*", key, 1],
        ["given", "MM", key, 1],
        ["given", "*", "other", 1999],
        ["given", "MM", "other", 999],
      ]),
    );
    console.log(
      `given-name weight of an exactly shared "Zaw Win": shipped ${givenAdjustment(shipped).toFixed(2)}, common on the node ${givenAdjustment(common).toFixed(2)}, rare on the node ${givenAdjustment(rare).toFixed(2)} bits`,
    );
    expect(givenAdjustment(common)).toBeLessThan(givenAdjustment(shipped) - 3);
    expect(givenAdjustment(rare)).toBeGreaterThan(givenAdjustment(common) + 3);
  });

  it("name the frequencies in a new version that the model file check accepts", () => {
    const blended = blendTermFrequencies(shipped, observed([["given", "*", key, 10]]));
    expect(blended.version).not.toBe(shipped.version);
    expect(parseModel(JSON.parse(JSON.stringify(blended))).version).toBe(blended.version);
    // The same counts give the same version: a recount that changes nothing rescores nothing.
    expect(blendTermFrequencies(shipped, observed([["given", "*", key, 10]])).version).toBe(
      blended.version,
    );
  });

  it("take a name the node has never seen for rarer, the more persons it holds", () => {
    const small = blendTermFrequencies(shipped, observed([["given", "*", "other", 10]]));
    const large = blendTermFrequencies(shipped, observed([["given", "*", "other", 1_000_000]]));
    expect(small.termFrequency.minimum).toBeLessThanOrEqual(shipped.termFrequency.minimum);
    expect(large.termFrequency.minimum).toBeLessThan(small.termFrequency.minimum / 100);
  });
});
