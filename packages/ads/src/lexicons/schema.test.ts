import { describe, expect, it } from "vitest";
import { compileLexicons } from "../match.ts";
import { languages } from "../types.ts";
import { bundledLexicons } from "./index.ts";
import { LexiconError, parseLexicon } from "./schema.ts";

const good = {
  language: "vi",
  version: "2026.1",
  entries: [
    {
      id: "vi-B-001",
      category: "B",
      text: "bao ăn ở",
      provenance: "suggested",
      source: ["recruitment-ad-indicators.yaml v1"],
      review: "draft",
    },
  ],
};

function refusal(data: unknown): string {
  try {
    parseLexicon(data, "test");
  } catch (error) {
    expect(error).toBeInstanceOf(LexiconError);
    return (error as Error).message;
  }
  throw new Error("accepted");
}

describe("lexicons", () => {
  it("ships one valid lexicon per language, every entry with a source and a review status", () => {
    expect(bundledLexicons.map((l) => l.language).sort()).toEqual([...languages].sort());
    for (const lexicon of bundledLexicons) {
      for (const entry of lexicon.entries) {
        expect(entry.source.length).toBeGreaterThan(0);
        if (lexicon.language === "en") expect(entry.review).toBe("source");
        else expect(entry.review).toBe("draft");
      }
    }
  });

  it("accepts a good lexicon", () => {
    expect(parseLexicon(good).entries[0]?.match).toBe("phrase");
  });

  it("accepts an agency's additions numbered from 500, and names them in their version", () => {
    const agency = {
      ...good,
      scope: "agency-1",
      entries: [{ ...good.entries[0], id: "vi-B-500", provenance: "agency" }],
    };
    const compiled = compileLexicons([parseLexicon(good), parseLexicon(agency)]);
    expect(compiled.versions).toEqual({ vi: "vi@2026.1", "vi+agency-1": "vi+agency-1@2026.1" });
    expect(compiled.byLanguage.get("vi")?.map((e) => e.version)).toEqual([
      "vi@2026.1",
      "vi+agency-1@2026.1",
    ]);
  });

  it.each([
    ["a duplicate id", { ...good, entries: [good.entries[0], good.entries[0]] }, "Duplicate id"],
    [
      "an id of another language",
      { ...good, entries: [{ ...good.entries[0], id: "th-B-001" }] },
      "must start with vi-",
    ],
    [
      "an id naming another category",
      { ...good, entries: [{ ...good.entries[0], id: "vi-C-001" }] },
      "must name the category",
    ],
    [
      "a translation marked as the source",
      { ...good, entries: [{ ...good.entries[0], review: "source" }] },
      "a translation is draft or checked",
    ],
    [
      "a pattern that does not compile",
      { ...good, entries: [{ ...good.entries[0], match: "pattern", text: "(unclosed" }] },
      "Not a regular expression",
    ],
    [
      "an unknown category",
      { ...good, entries: [{ ...good.entries[0], category: "H" }] },
      "category",
    ],
    ["an unknown field", { ...good, entries: [{ ...good.entries[0], colour: "red" }] }, "colour"],
    ["no source", { ...good, entries: [{ ...good.entries[0], source: [] }] }, "source"],
    ["an unknown language", { ...good, language: "xx" }, "language"],
    ["a bad version", { ...good, version: "latest" }, "version"],
    [
      "a shipped entry numbered as an agency's",
      { ...good, entries: [{ ...good.entries[0], id: "vi-B-500" }] },
      "kept for agencies",
    ],
    [
      "an agency's entry numbered as a shipped one",
      { ...good, scope: "agency-1", entries: [{ ...good.entries[0], provenance: "agency" }] },
      "numbered from 500",
    ],
    [
      "an agency's entry without the agency provenance",
      { ...good, scope: "agency-1", entries: [{ ...good.entries[0], id: "vi-B-500" }] },
      'provenance "agency"',
    ],
    ["a scope with capitals", { ...good, scope: "Agency" }, "scope"],
  ])("refuses %s, naming it", (_name, data, message) => {
    expect(refusal(data)).toContain(message);
  });
});
