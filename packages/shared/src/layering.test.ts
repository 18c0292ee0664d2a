import { describe, expect, it } from "vitest";
import manifest from "../package.json" with { type: "json" };

// STYLE.md: among packages only `shared` may be imported by the others, so shared itself imports
// none of them. A list another package and a wire schema both need belongs here (see
// ad-vocabulary.ts, instrument-languages.ts, pdq-orientations.ts), not in that package.

// Vite's glob import (vitest runs on Vite) reads the sources as text without node:fs, which
// packages may not use.
const sources = (
  import.meta as unknown as {
    glob(
      pattern: string,
      options: { query: "?raw"; import: "default"; eager: true },
    ): Record<string, string>;
  }
).glob("./**/*.ts", { query: "?raw", import: "default", eager: true });

describe("@sahabat/shared layering", () => {
  it("depends on zod alone", () => {
    expect(Object.keys(manifest.dependencies)).toEqual(["zod"]);
  });

  it("imports no other @sahabat package in its sources", () => {
    const files = Object.keys(sources);
    expect(files).toContain("./index.ts");
    const offenders = files.filter(
      (file) => file !== "./layering.test.ts" && /from\s+["']@sahabat\//.test(sources[file] ?? ""),
    );
    expect(offenders).toEqual([]);
  });
});
