import jaroWinkler from "talisman/metrics/jaro-winkler.js";
import { describe, expect, it } from "vitest";
import { khmerFamily, khmerGiven } from "../../generator/tables/khmer.ts";
import { laoFamily, laoGiven } from "../../generator/tables/lao.ts";
import { thaiFamily, thaiGiven } from "../../generator/tables/thai.ts";
import { looseToken } from "../loose-key.ts";
import type { Script } from "../types.ts";
import { romaniseRun } from "./index.ts";

const meets = (ours: string, usual: string): boolean =>
  looseToken(ours) === looseToken(usual.toLowerCase().replace(/[^a-z]/g, ""));

describe("name words and compounds", () => {
  it.each([
    ["Thai", "เพชรรัตน์", ["Petcharat", "Phetcharat"]],
    ["Thai", "ธนพล", ["Thanapon", "Thanaphon"]],
    ["Thai", "ณัฐพล", ["Nattaphon", "Natthaphon"]],
    ["Thai", "ศุภชัย", ["Supachai", "Suphachai"]],
    ["Thai", "ใจดีศรีสุข", ["Chaidisisuk", "Jaideesisuk"]],
    ["Thai", "คำแสงอ่อนศรี", ["Khamsaengonsi"]],
    ["Thai", "บุญเรือง", ["Boonruang", "Bunrueang"]],
    ["Khmr", "រតនា", ["Ratana", "Rattana"]],
    ["Khmr", "ឈឹម", ["Chhim", "Chim"]],
    ["Khmr", "ស្រីសុភា", ["Sreysophea", "Sreisophea"]],
    ["Khmr", "ចាន់ដារ៉ា", ["Chandara"]],
    ["Laoo", "ສຸລິວົງ", ["Soulivong", "Sulivong"]],
    ["Laoo", "ແກ້ວມະນີ", ["Keomani", "Keomany"]],
  ] as [Script, string, string[]][])("%s %s meets its usual spellings", (script, native, usual) => {
    const ours = romaniseRun(native, script);
    for (const spelling of usual) expect(meets(ours, spelling), `${ours} / ${spelling}`).toBe(true);
  });

  it("does not split a listed word off before a vowel sign (សុខា is Sokha, not Sok + a)", () => {
    expect(romaniseRun("សុខា", "Khmr")).toBe("sokha");
    expect(romaniseRun("សុខុម", "Khmr")).toBe("sokhom");
  });

  // Each native name in the generator's tables lists the spellings people use; our romanisation
  // must meet one of them by loose key or at Splink's 0.88 Jaro–Winkler level.
  it.each([
    ["Thai", [...thaiGiven, ...thaiFamily]],
    ["Khmr", [...khmerGiven, ...khmerFamily]],
    ["Laoo", [...laoGiven, ...laoFamily]],
  ] as const)("%s: every table name meets one of its spellings", (script, parts) => {
    const far: string[] = [];
    for (const part of parts) {
      const ours = romaniseRun(part.native, script);
      const close = part.latin.some(
        (l) => meets(ours, l) || jaroWinkler(ours, l.toLowerCase().replace(/[^a-z]/g, "")) >= 0.88,
      );
      if (!close) far.push(`${part.native} ${ours} / ${part.latin.join(", ")}`);
    }
    expect(far).toEqual([]);
  });
});
