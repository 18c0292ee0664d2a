import { readFileSync } from "node:fs";
import i18next, { type TFunction } from "i18next";
import ICU from "i18next-icu";
import { beforeAll, describe, expect, it } from "vitest";
import { namespaces, resources } from "../app/locales/index.ts";
import {
  definitionKeyOfColumn,
  metricDefinitionKeys,
  metricDefinitionText,
} from "./metric-definitions.ts";

const languages = ["en", "vi", "th"] as const;
const t: Record<string, TFunction<"takedowns">> = {};

beforeAll(async () => {
  for (const lng of languages) {
    const instance = i18next.createInstance();
    await instance.use(ICU).init({ resources, lng, ns: [...namespaces], defaultNS: "common" });
    t[lng] = instance.getFixedT(lng, "takedowns");
  }
});

const say = (lng: (typeof languages)[number], key: string, days = 7) =>
  metricDefinitionText(t[lng] as TFunction<"takedowns">, key, "SERVER TEXT", days);

describe("takedown metric definitions", () => {
  it("the web words every definition the server sends (a new one fails this test)", () => {
    const metrics = readFileSync(
      new URL("../../../server/src/takedowns/metrics.ts", import.meta.url),
      "utf8",
    );
    const block = /export const metricDefinitions = \{([\s\S]*?)\n\};/.exec(metrics)?.[1] ?? "";
    const serverKeys = [...block.matchAll(/^ {2}(\w+):/gm)].map((m) => m[1]);
    expect(serverKeys.length).toBe(8);
    expect(serverKeys.sort()).toEqual([...metricDefinitionKeys].sort());
  });

  it("every definition has its own English, Vietnamese and Thai wording", () => {
    for (const key of metricDefinitionKeys) {
      const [en, vi, th] = languages.map((lng) => say(lng, key));
      expect(en, key).not.toBe("SERVER TEXT");
      expect(en, key).not.toContain("metrics.definition");
      expect(vi, key).not.toBe(en);
      expect(th, key).not.toBe(en);
    }
  });

  it("says the chosen number of days in the still-up definition", () => {
    expect(say("en", "shareStillUpAfterDays", 30)).toContain("at least 30 days ago");
    expect(say("vi", "shareStillUpAfterDays", 30)).toContain("30 ngày");
    expect(say("th", "shareStillUpAfterDays", 14)).toContain("14 วัน");
  });

  it("shows a definition it does not know in the server's words, and maps columns to keys", () => {
    expect(say("th", "someNewFigure")).toBe("SERVER TEXT");
    expect(definitionKeyOfColumn("p90HoursToRemoval")).toBe("hoursToRemoval");
    expect(definitionKeyOfColumn("shareRemovedWithin72h")).toBe("shareRemovedWithin");
    expect(definitionKeyOfColumn("medianHoursToPoliceReferral")).toBe("hoursToPoliceReferral");
    expect(definitionKeyOfColumn("remindersSent")).toBe("remindersSent");
  });
});
