import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluate, formatEvaluation, linkFiles } from "./run-files.ts";

/*
 * Accuracy on the FEBRL benchmark (../shared/reference/linkage/febrl), through the same path as
 * `sahabat link evaluate`. The record ids encode the truth (rec-N-org, rec-N-dup-k); they are read
 * only to measure. Each test prints the figures it measured.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const febrl = path.resolve(here, "../../../../../../shared/reference/linkage/febrl");
const map = path.join(here, "examples/febrl.columns.yaml");
const common = {
  map,
  threshold: 0.9,
  seed: 1,
  today: "2026-11-28",
  truth: "rec_id",
  truthPattern: "^rec-(\\d+)-",
};

describe("FEBRL accuracy", () => {
  it("links FEBRL4 (5,000 × 5,000) with precision and recall ≥ 0.99 and a prior within a factor of two of 1/5,000", () => {
    const linked = linkFiles("pair", {
      ...common,
      files: [path.join(febrl, "dataset4a.csv"), path.join(febrl, "dataset4b.csv")],
    });
    const result = evaluate(linked, common.threshold);
    console.log(`FEBRL4 link\n${formatEvaluation(result)}`);
    expect(result.truePairs).toBe(5000);
    expect(result.precision).toBeGreaterThanOrEqual(0.99);
    expect(result.recall).toBeGreaterThanOrEqual(0.99);
    expect(result.estimatedPrior).toBeGreaterThan(1 / 5000 / 2);
    expect(result.estimatedPrior).toBeLessThan((1 / 5000) * 2);
  }, 300_000);

  it("deduplicates FEBRL3 (5,000 records, 6,538 true pairs) with precision and recall ≥ 0.95", () => {
    const linked = linkFiles("dedupe", { ...common, files: [path.join(febrl, "dataset3.csv")] });
    const result = evaluate(linked, common.threshold);
    console.log(`FEBRL3 dedupe\n${formatEvaluation(result)}`);
    expect(result.truePairs).toBe(6538);
    expect(result.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.recall).toBeGreaterThanOrEqual(0.95);
  }, 300_000);
});

it("measures on the published benchmark files (SHA256SUMS)", () => {
  const sums = fs.readFileSync(path.join(febrl, "SHA256SUMS"), "utf8").trim().split("\n");
  expect(sums.filter((line) => line.includes("dataset"))).toHaveLength(5);
  for (const line of sums) {
    const [digest, name] = line.split(/\s+\*?/);
    const actual = createHash("sha256")
      .update(fs.readFileSync(path.join(febrl, name as string)))
      .digest("hex");
    expect(actual, name).toBe(digest);
  }
});
