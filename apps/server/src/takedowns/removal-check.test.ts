import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkUrl } from "./removal-check.ts";

/* Removal checks against a loopback server: what counts as gone, changed, still up or unknown. */

const body = Buffer.from("benign bytes of a test picture");
const md5 = createHash("md5").update(body).digest("hex");
const sha256 = createHash("sha256").update(body).digest("hex");

const server = http.createServer((req, res) => {
  if (req.url === "/same") res.end(body);
  else if (req.url === "/gone") res.writeHead(410).end();
  else if (req.url === "/moved") res.writeHead(302, { location: "/same" }).end();
  else if (req.url === "/error") res.writeHead(503).end();
  else if (req.url === "/big") res.end(Buffer.alloc(64 * 1024, 1));
  else if (req.url === "/slow") setTimeout(() => res.end(body), 2_000);
  else res.writeHead(404).end();
});
let base = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const limits = { timeoutMs: 500, maxBytes: 16 * 1024 };

describe("removal checks", () => {
  it("an exact fingerprint still matching is still up; MD5 or SHA-256, any case", async () => {
    expect(
      await checkUrl(`${base}/same`, [{ type: "md5", value: md5.toUpperCase() }], limits),
    ).toEqual({ httpStatus: 200, outcome: "still_up" });
    expect(await checkUrl(`${base}/same`, [{ type: "sha256", value: sha256 }], limits)).toEqual({
      httpStatus: 200,
      outcome: "still_up",
    });
  });

  it("404 and 410 are gone; other bytes are changed", async () => {
    const fp = [{ type: "sha256", value: "0".repeat(64) }];
    expect((await checkUrl(`${base}/nothing`, fp, limits)).outcome).toBe("gone");
    expect((await checkUrl(`${base}/gone`, fp, limits)).outcome).toBe("gone");
    expect(await checkUrl(`${base}/same`, fp, limits)).toEqual({
      httpStatus: 200,
      outcome: "changed",
    });
  });

  it("redirects, errors, oversize and slow answers, PDQ only and other schemes are inconclusive", async () => {
    const fp = [{ type: "sha256", value: sha256 }];
    expect(await checkUrl(`${base}/moved`, fp, limits)).toEqual({
      httpStatus: 302,
      outcome: "inconclusive",
    });
    expect((await checkUrl(`${base}/error`, fp, limits)).outcome).toBe("inconclusive");
    expect((await checkUrl(`${base}/big`, fp, limits)).outcome).toBe("inconclusive");
    expect(await checkUrl(`${base}/slow`, fp, limits)).toEqual({
      httpStatus: null,
      outcome: "inconclusive",
    });
    expect(
      (await checkUrl(`${base}/same`, [{ type: "pdq", value: "f".repeat(64) }], limits)).outcome,
    ).toBe("inconclusive");
    expect((await checkUrl("file:///etc/passwd", fp, limits)).outcome).toBe("inconclusive");
    expect((await checkUrl(`http://user:pw@127.0.0.1:1/x`, fp, limits)).outcome).toBe(
      "inconclusive",
    );
  });
});
