import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Language } from "@sahabat/ads";
import { encodeZawgyi } from "@sahabat/linkage";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { screenAdvertForNode } from "./screen.ts";

/*
 * Every phrase and place of the reference pack (../shared/reference/recruitment-ad-indicators.yaml,
 * beside the repository) is found, in its own language, as an indicator of its own category.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const file = path.resolve(here, "../../../../../shared/reference/recruitment-ad-indicators.yaml");
const reference = parse(fs.readFileSync(file, "utf8")) as {
  categories: Record<
    string,
    {
      phrases?: { lang: string; text: string }[];
      places?: Record<string, Record<string, (string | { text: string })[]>>;
    }
  >;
};

const cases: [string, string, string][] = [];
for (const [key, category] of Object.entries(reference.categories)) {
  const letter = key[0]!;
  for (const phrase of category.phrases ?? []) cases.push([phrase.lang, letter, phrase.text]);
  for (const byLang of Object.values(category.places ?? {}))
    for (const [lang, list] of Object.entries(byLang))
      for (const item of list)
        cases.push([lang, letter, typeof item === "string" ? item : item.text]);
}

describe("the reference pack's phrases", () => {
  it("has phrases in all ten languages", () => {
    expect(new Set(cases.map(([lang]) => lang)).size).toBe(10);
  });

  it.each(cases)("%s %s: %s", (lang, category, text) => {
    const result = screenAdvertForNode({ id: "ref", text, lang: lang as Language });
    const found = result.indicators.filter((i) => i.category === category);
    expect(found.length).toBeGreaterThan(0);
    for (const i of found) expect(i.phrase).toBe(text.slice(i.start, i.end));
  });

  it("reads Burmese written in Zawgyi, with positions on the Zawgyi text", () => {
    const unicode = "အွန်လိုင်းအလုပ် လစာကောင်း နိုင်ငံကူးလက်မှတ် ရှိရမည် Telegram မှ ဆက်သွယ်ပါ";
    const zawgyi = encodeZawgyi(unicode);
    expect(zawgyi).not.toBe(unicode);
    const result = screenAdvertForNode({ id: "zg", text: zawgyi });
    expect(result.lang).toBe("my");
    expect(result.flagged).toBe(true);
    expect(result.indicators.map((i) => i.category)).toEqual(["A", "B", "C", "E"]);
    for (const i of result.indicators) expect(i.phrase).toBe(zawgyi.slice(i.start, i.end));
  });
});
