import { expect, it } from "vitest";
import { anonymous } from "../../../test/client.ts";
import { describeEachDatabase } from "../../../test/harness.ts";
import { securityHeaders } from "./security-headers.ts";
import { helmetOptions } from "./server.ts";

describeEachDatabase("security headers on every answer", (h) => {
  it("an answer, a refusal before sign-in and an unknown route all carry helmet's headers", async () => {
    const expected = securityHeaders(helmetOptions);
    expect(expected.set.length).toBeGreaterThan(5);
    for (const [url, status] of [
      ["/api/health", 200],
      ["/api/cases", 401],
      ["/api/no-such-route", 404],
    ] as const) {
      const res = await anonymous(h, "GET", url);
      expect(res.status, url).toBe(status);
      for (const [name, value] of expected.set) {
        expect(res.headers[name.toLowerCase()], `${url} ${name}`).toBe(value);
      }
      expect(res.headers["x-powered-by"], url).toBeUndefined();
    }
  });
});
