import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import helmet from "helmet";
import { describe, expect, it } from "vitest";
import { applySecurityHeaders, securityHeaders } from "./security-headers.ts";
import { helmetOptions } from "./server.ts";

function response() {
  const res = new ServerResponse(new IncomingMessage(new Socket()));
  res.setHeader("X-Powered-By", "something");
  return res;
}

describe("security headers kept from one run of helmet", () => {
  it("are exactly the headers helmet sets per request with the server's options", () => {
    const byHelmet = response();
    let called = false;
    helmet(helmetOptions)(byHelmet.req, byHelmet, () => {
      called = true;
    });
    expect(called).toBe(true);
    const kept = response();
    applySecurityHeaders(securityHeaders(helmetOptions), kept);
    expect(kept.getHeaders()).toEqual(byHelmet.getHeaders());
    expect(kept.getHeader("x-powered-by")).toBeUndefined();
    expect(kept.getHeader("content-security-policy")).toMatch(/frame-ancestors 'none'/);
    expect(kept.getHeader("referrer-policy")).toBe("no-referrer");
    expect(kept.getHeader("strict-transport-security")).toBeUndefined();
  });

  it("refuses a directive computed per request, which one run cannot keep", () => {
    expect(() =>
      securityHeaders({
        contentSecurityPolicy: { directives: { scriptSrc: ["'self'", () => "'nonce-x'"] } },
      }),
    ).toThrow(/per request/);
  });
});
