import i18next, { type TFunction } from "i18next";
import ICU from "i18next-icu";
import { beforeAll, describe, expect, it } from "vitest";
import { namespaces, resources } from "../app/locales/index.ts";
import { custodyDetailParts } from "./custody-details.ts";

const t: Record<string, TFunction<"evidence">> = {};

beforeAll(async () => {
  for (const lng of ["en", "vi", "th"]) {
    const instance = i18next.createInstance();
    await instance.use(ICU).init({ resources, lng, ns: [...namespaces], defaultNS: "common" });
    t[lng] = instance.getFixedT(lng, "evidence");
  }
});

const shown = (details: Record<string, string | number | boolean>, lng: string) =>
  custodyDetailParts(details, t[lng] as TFunction<"evidence">, lng)
    .map((p) => (p.label === undefined ? p.value : `${p.label}: ${p.value}`))
    .join(" · ");

describe("custody event details", () => {
  it("says an acquisition's size and key version with labels and the locale's numbers", () => {
    const details = { byteSize: 144351, keyVersion: 1 };
    expect(shown(details, "en")).toBe("Size: 144.4 kB · Key version: 1");
    const vi = shown(details, "vi");
    expect(vi).toContain("Dung lượng: 144,4");
    expect(vi).toContain("Phiên bản khóa: 1");
    expect(shown({ byteSize: 2_500_000 }, "th")).toMatch(/^ขนาด: 2\.5 (MB|เมกะไบต์)$/);
    for (const lng of ["en", "vi", "th"])
      expect(shown(details, lng)).not.toMatch(/byteSize|keyVersion/);
  });

  it("says refusal and failure codes and a verified check in words", () => {
    expect(shown({ why: "reason_missing" }, "vi")).toBe("không nêu lý do");
    expect(shown({ failure: "hash_mismatch" }, "en")).toBe(
      "the hash differs from the acquisition hash",
    );
    expect(shown({ integrity: "verified", thumbnailBytes: 2048 }, "th")).toContain(
      "ยืนยันความถูกต้องครบถ้วนแล้ว · ขนาดภาพย่อ: 2",
    );
  });

  it("writes a date in the reader's language at UTC, saying so", () => {
    const en = shown({ checkedAt: "2026-11-28T21:40:00.000Z" }, "en");
    expect(en).toMatch(
      /^checkedAt: 28 Nov 2026.*21:40:00.*UTC$|^checkedAt: Nov 28, 2026.*9:40:00.*PM.*UTC$/,
    );
    expect(shown({ checkedAt: "2026-11-28T21:40:00.000Z" }, "vi")).toContain("UTC");
  });

  it("shows an unknown key as text under its own name, and an unknown code as sent", () => {
    expect(shown({ newThing: "<b>x</b>", count: 12000 }, "en")).toBe(
      "newThing: <b>x</b> · count: 12,000",
    );
    expect(shown({ why: "brand_new_reason" }, "th")).toBe("brand_new_reason");
    expect(shown({}, "vi")).toBe("");
  });
});
