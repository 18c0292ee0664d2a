import { describe, expect, it } from "vitest";
import { fromUtcInput, noticeBody, toUtcInput, valuesFromPrefill } from "./notice-form-values.ts";
import { NoticePrefill } from "./notice-prefill.ts";

const defaults = {
  now: "2026-11-28T09:15:42.123Z",
  language: "th",
  contactName: "Officer A",
  contactEmail: "officer@agency.example",
};
const pdq = "f".repeat(64);

describe("notice form values", () => {
  it("reads and writes times in UTC whatever the browser's zone", () => {
    expect(toUtcInput("2026-11-28T09:15:42.123Z")).toBe("2026-11-28T09:15");
    expect(toUtcInput("2026-11-28T16:15:00+07:00")).toBe("2026-11-28T09:15");
    expect(fromUtcInput("2026-11-28T09:15")).toBe("2026-11-28T09:15:00.000Z");
    // Not a time: sent as typed, so that the server names the field.
    expect(fromUtcInput("yesterday")).toBe("yesterday");
  });

  it("fills a new notice from a prefill: one target per address, fingerprints on each", () => {
    const prefill = NoticePrefill.parse({
      platform: "example-social",
      category: "abuse_material",
      urls: ["https://social.example/p/1", "https://social.example/p/2"],
      fingerprints: [{ type: "pdq", value: pdq }],
    });
    const values = valuesFromPrefill(prefill, defaults);
    expect(values.platform).toBe("example-social");
    expect(values.targets.map((t) => t.url)).toEqual([
      "https://social.example/p/1",
      "https://social.example/p/2",
    ]);
    expect(values.targets[1]?.fingerprints).toEqual([{ type: "pdq", value: pdq }]);
    expect(values.reportReceivedAt).toBe("2026-11-28T09:15");
  });

  it("drops a prefill value that fails its check instead of failing the page", () => {
    const prefill = NoticePrefill.parse({
      category: "not-a-category",
      fingerprints: [{ type: "photo", value: "data:image/png;base64,AAAA" }],
      urls: ["https://ok.example/"],
    });
    expect(prefill.category).toBeUndefined();
    expect(prefill.fingerprints).toBeUndefined();
    expect(prefill.urls).toEqual(["https://ok.example/"]);
  });

  it("sends an excerpt for a recruitment advert only, and blank optional fields not at all", () => {
    const values = valuesFromPrefill(
      NoticePrefill.parse({ category: "abuse_material", urls: ["https://x.example/a"] }),
      defaults,
    );
    const target = values.targets[0];
    if (!target) throw new Error("no target");
    target.excerpt = "Việc nhẹ lương cao";
    target.fingerprints = [
      { type: "md5", value: " ABCDEF0123456789ABCDEF0123456789 " },
      { type: "sha256", value: "  " },
    ];
    const body = noticeBody(values) as { targets: Record<string, unknown>[] };
    expect(body.targets[0]).not.toHaveProperty("excerpt");
    expect(body.targets[0]).not.toHaveProperty("contentId");
    expect(body.targets[0]?.fingerprints).toEqual([
      { type: "md5", value: "abcdef0123456789abcdef0123456789" },
    ]);
    expect(body).not.toHaveProperty("decisionReference");
    values.category = "recruitment_advert";
    const advert = noticeBody(values) as { targets: Record<string, unknown>[] };
    expect(advert.targets[0]?.excerpt).toBe("Việc nhẹ lương cao");
  });

  it("sends the preservation days only when evidence is to be preserved", () => {
    const values = valuesFromPrefill(NoticePrefill.parse({}), defaults);
    expect(noticeBody(values)).toMatchObject({ preservationDays: 90 });
    values.requestedActions = ["remove"];
    expect(noticeBody(values)).not.toHaveProperty("preservationDays");
  });
});
