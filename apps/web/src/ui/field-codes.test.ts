import { readFileSync } from "node:fs";
import i18next, { type TFunction } from "i18next";
import ICU from "i18next-icu";
import { beforeAll, describe, expect, it } from "vitest";
import { namespaces, resources } from "../app/locales/index.ts";
import { domainCodeKeys, type ServerFieldError, wordingOf } from "./field-codes.ts";
import { translateFieldError } from "./messages.ts";

const languages = ["en", "vi", "th"] as const;
const t: Record<string, TFunction> = {};

beforeAll(async () => {
  for (const lng of languages) {
    const instance = i18next.createInstance();
    await instance.use(ICU).init({
      resources,
      lng,
      ns: [...namespaces],
      defaultNS: "common",
      interpolation: { escapeValue: false },
    });
    t[lng] = instance.t;
  }
});

const say = (lng: (typeof languages)[number], error: Omit<ServerFieldError, "field">) =>
  translateFieldError(t[lng] as TFunction, { field: "x", ...error });

// One error per code the server sends, with the parameters it sends (field-issues.ts and
// DomainFieldCode in apps/server/src/platform/errors.ts).
const schemaErrors: Omit<ServerFieldError, "field">[] = [
  { message: "Invalid input: expected string, received undefined", code: "required" },
  { message: "Unknown field", code: "unknown_field" },
  { message: "Invalid input: expected string, received number", code: "invalid_type" },
  { message: "x", code: "invalid_type", params: { expected: "int" } },
  { message: "x", code: "too_small", params: { origin: "string", minimum: 5 } },
  { message: "x", code: "too_big", params: { origin: "string", maximum: 200 } },
  { message: "x", code: "too_small", params: { origin: "number", minimum: 0 } },
  { message: "x", code: "too_big", params: { origin: "number", maximum: 120 } },
  { message: "x", code: "too_big", params: { origin: "array", maximum: 50 } },
  { message: "x", code: "invalid_format", params: { format: "email" } },
  { message: "Must be an http or https URL", code: "invalid_format", params: { format: "url" } },
  { message: "x", code: "invalid_format", params: { format: "date" } },
  { message: "x", code: "invalid_format", params: { format: "datetime" } },
  { message: "x", code: "invalid_format", params: { format: "regex" } },
  { message: "x", code: "invalid_value", params: { values: ["a", "b"] } },
  { message: "x", code: "not_multiple_of", params: { divisor: 5 } },
  { message: "x", code: "unrecognized_keys" },
  { message: "x", code: "invalid_union" },
  { message: "x", code: "invalid_key" },
  { message: "x", code: "invalid_element" },
];
const domainErrors = Object.keys(domainCodeKeys).map((code) => ({
  message: "x",
  code,
  params: { actual: 17, stated: 15, maximum: 4 },
}));

describe("field error codes in the interface language", () => {
  it("every code the server sends has its own wording in English, Vietnamese and Thai", () => {
    for (const error of [...schemaErrors, ...domainErrors]) {
      expect(wordingOf(error), error.code).toBeDefined();
      const [en, vi, th] = languages.map((lng) => say(lng, error));
      expect(en, error.code).not.toBe(error.message);
      expect(vi, error.code).not.toBe(en);
      expect(th, error.code).not.toBe(en);
      for (const said of [en, vi, th]) expect(said, error.code).not.toMatch(/validation\.|[{}]/);
    }
  });

  it("every domain code of the server is worded here (a new one fails this test)", () => {
    const errors = readFileSync(
      new URL("../../../server/src/platform/errors.ts", import.meta.url),
      "utf8",
    );
    const union = /export type DomainFieldCode =([^;]+);/.exec(errors)?.[1] ?? "";
    const serverCodes = [...union.matchAll(/"([a-z_]+)"/g)].map((m) => m[1]);
    expect(serverCodes.length).toBeGreaterThan(10);
    expect(serverCodes.sort()).toEqual(Object.keys(domainCodeKeys).sort());
  });

  it("every schema code of the server is worded here, `custom` through its own code", () => {
    const errors = readFileSync(
      new URL("../../../server/src/platform/errors.ts", import.meta.url),
      "utf8",
    );
    const union = /export type SchemaFieldCode =([^;]+);/.exec(errors)?.[1] ?? "";
    const serverCodes = [...union.matchAll(/"([a-z_]+)"/g)].map((m) => m[1] as string);
    expect(serverCodes).toContain("invalid_union");
    for (const code of serverCodes) {
      const params: Record<string, string> = code === "custom" ? { code: "reason_required" } : {};
      expect(wordingOf({ code, params }), code).toBeDefined();
    }
  });

  it("interpolates limits and ages in each language's own words", () => {
    const tooShort = { message: "x", code: "too_small", params: { origin: "string", minimum: 5 } };
    expect(say("en", tooShort)).toBe("At least 5 characters.");
    expect(say("vi", tooShort)).toBe("Ít nhất 5 ký tự.");
    expect(say("th", tooShort)).toBe("อย่างน้อย 5 ตัวอักษร");
    const tooMany = { message: "x", code: "too_big", params: { origin: "array", maximum: 1 } };
    expect(say("en", tooMany)).toBe("Give at most 1 item.");
    const age = { message: "x", code: "age_contradicts_birth", params: { actual: 17, stated: 15 } };
    expect(say("vi", age)).toBe("Theo ngày sinh thì tuổi là 17, không phải 15.");
    expect(say("th", age)).toContain("17");
    const listed = { message: "x", code: "already_listed", params: { entryId: "vi-F-002" } };
    expect(say("en", listed)).toBe("This is already on the list (vi-F-002).");
    expect(say("th", listed)).toBe("มีรายการนี้อยู่แล้ว (vi-F-002)");
    expect(say("vi", { message: "x", code: "already_listed" })).toBe(
      "Mục này đã có trong danh sách.",
    );
    const beds = { message: "x", code: "at_most_capacity", params: { maximum: 1200 } };
    expect(say("en", beds)).toBe("At most the number of beds (1,200).");
  });

  it("a text of at least one character reads as required, a refinement's own code is used", () => {
    const empty = { message: "x", code: "too_small", params: { origin: "string", minimum: 1 } };
    expect(say("th", empty)).toBe("กรุณากรอกช่องนี้");
    const refined = { message: "Say why", code: "custom", params: { code: "reason_required" } };
    expect(say("vi", refined)).toBe("Hãy nêu lý do.");
    // An evidence reason names its fewest characters.
    const evidenceReason = { message: "x", code: "reason_required", params: { minimum: 5 } };
    expect(say("en", evidenceReason)).toBe("Say why, in at least 5 characters.");
    expect(say("th", evidenceReason)).toBe("กรุณาระบุเหตุผล อย่างน้อย 5 ตัวอักษร");
  });

  it("falls back to the server's English only for a code it does not know", () => {
    const unknown = { message: "Something new went wrong", code: "brand_new_rule" };
    expect(say("vi", unknown)).toBe("Something new went wrong");
    expect(say("th", { message: "No code at all" })).toBe("No code at all");
    const missingParams = { message: "The date of birth gives…", code: "age_contradicts_birth" };
    expect(say("vi", missingParams)).toBe("The date of birth gives…");
    const customWithout = { message: "Give both coordinates or neither", code: "custom" };
    expect(say("th", customWithout)).toBe("Give both coordinates or neither");
  });

  it("a schema's own wording this app knows wins over the generic code", () => {
    const date = { message: "A date as YYYY-MM-DD", code: "invalid_format", params: {} };
    expect(say("vi", date)).toBe("Nhập ngày theo ngày, tháng và năm.");
  });
});
