import { describe, expect, it } from "vitest";
import { defaultModel } from "./default-model.ts";
import { ModelFileError, modelVersion, orderedWeights, parseModel } from "./model.ts";

describe("the model document", () => {
  it("round-trips through JSON with its version", () => {
    const model = defaultModel();
    expect(parseModel(JSON.parse(JSON.stringify(model)))).toEqual(model);
    expect(model.version).toBe(modelVersion(model));
  });

  it.each([
    ["not an object", 42, /root/],
    ["a wrong format", { ...defaultModel(), format: "other/1" }, /format/],
    ["a prior out of range", { ...defaultModel(), prior: 1.5 }, /prior/],
    [
      "an unknown comparison",
      { ...defaultModel(), comparisons: [{ name: "shoe_size", levels: [] }] },
      /comparisons/,
    ],
    ["an unknown field", { ...defaultModel(), extra: true }, /extra|Unrecognized/i],
  ])("refuses %s, naming the problem", (_, json, message) => {
    expect(() => parseModel(json)).toThrow(ModelFileError);
    expect(() => parseModel(json)).toThrow(message);
  });

  it("refuses a document whose parameters no longer match its version", () => {
    const edited = structuredClone(defaultModel());
    const first = edited.comparisons[0]?.levels[0];
    if (first) first.weight += 1;
    expect(() => parseModel(edited)).toThrow(/does not match its parameters/);
  });

  it("refuses levels that differ from the comparison's", () => {
    const edited = structuredClone(defaultModel());
    edited.comparisons[0]?.levels.reverse();
    expect(() => parseModel(edited)).toThrow(/levels must be/);
  });
});

describe("ordered weights", () => {
  it("keeps weights that already decrease", () => {
    expect(orderedWeights([0.8, 0.15, 0.05], [0.01, 0.1, 0.89])).toEqual([
      Math.log2(0.8 / 0.01),
      Math.log2(0.15 / 0.1),
      Math.log2(0.05 / 0.89),
    ]);
  });

  it("pools a more similar level that would weigh less than the next", () => {
    const weights = orderedWeights([0.2, 0.7, 0.1], [0.001, 0.002, 0.997]);
    expect(weights[0]).toBeCloseTo(Math.log2(0.9 / 0.003), 12);
    expect(weights[1]).toBe(weights[0]);
    expect(weights[2]).toBeLessThan(weights[1] as number);
  });
});
