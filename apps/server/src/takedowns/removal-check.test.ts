import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fingerprintImage } from "../online-harm/index.ts";
import { checkUrl } from "./removal-check.ts";

/* Removal checks against a loopback server: what counts as gone, changed, still up or unknown. */

const body = Buffer.from("benign bytes of a test picture");
const md5 = createHash("md5").update(body).digest("hex");
const sha256 = createHash("sha256").update(body).digest("hex");

/** A benign synthetic picture: a gradient with discs, different for each seed. */
function drawPicture(seed: number): Promise<Buffer> {
  const discs = Array.from({ length: 6 }, (_, i) => {
    const [x, y, r] = [
      (seed * 97 + i * 53) % 320,
      (seed * 41 + i * 89) % 240,
      20 + ((seed + i) % 5) * 12,
    ];
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="hsl(${(seed * 67 + i * 40) % 360},70%,50%)"/>`;
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="240">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="${seed % 2}">
      <stop offset="0" stop-color="hsl(${seed * 31},60%,80%)"/><stop offset="1" stop-color="#223"/>
    </linearGradient></defs><rect width="320" height="240" fill="url(#g)"/>${discs.join("")}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

// The listed picture (its PNG's PDQ goes in the notice), the same re-encoded as JPEG 80 and
// turned a quarter, and an unrelated picture.
const pictures: Record<"listed" | "jpeg80" | "turned" | "other", Buffer> = {
  listed: Buffer.alloc(0),
  jpeg80: Buffer.alloc(0),
  turned: Buffer.alloc(0),
  other: Buffer.alloc(0),
};

const server = http.createServer((req, res) => {
  if (req.url === "/same") res.end(body);
  else if (req.url?.startsWith("/picture/")) {
    const name = req.url.slice("/picture/".length) as keyof typeof pictures;
    res.writeHead(200, { "content-type": "image/jpeg" }).end(pictures[name]);
  } else if (req.url === "/gone") res.writeHead(410).end();
  else if (req.url === "/moved") res.writeHead(302, { location: "/same" }).end();
  else if (req.url === "/error") res.writeHead(503).end();
  else if (req.url === "/big") res.end(Buffer.alloc(64 * 1024, 1));
  else if (req.url === "/slow") setTimeout(() => res.end(body), 2_000);
  else res.writeHead(404).end();
});
let base = "";
beforeAll(async () => {
  pictures.listed = await drawPicture(3);
  pictures.jpeg80 = await sharp(pictures.listed).jpeg({ quality: 80 }).toBuffer();
  pictures.turned = await sharp(pictures.listed).rotate(90).png().toBuffer();
  pictures.other = await drawPicture(8);
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

describe("removal checks by PDQ", () => {
  const pdqLimits = { timeoutMs: 5_000, maxBytes: 2 * 1024 * 1024 };

  it("the same picture re-encoded as JPEG 80, or turned, is still up; another picture is changed", async () => {
    const listed = await fingerprintImage(pictures.listed);
    expect(listed.quality).toBeGreaterThanOrEqual(50);
    const fp = [{ type: "pdq", value: listed.pdq.toUpperCase() }];
    expect(await checkUrl(`${base}/picture/jpeg80`, fp, pdqLimits)).toEqual({
      httpStatus: 200,
      outcome: "still_up",
    });
    expect((await checkUrl(`${base}/picture/turned`, fp, pdqLimits)).outcome).toBe("still_up");
    expect((await checkUrl(`${base}/picture/other`, fp, pdqLimits)).outcome).toBe("changed");
    // With an exact fingerprint beside it, the PDQ match still decides for a re-encoded copy.
    const both = [...fp, { type: "sha256", value: "0".repeat(64) }];
    expect((await checkUrl(`${base}/picture/jpeg80`, both, pdqLimits)).outcome).toBe("still_up");
  });

  it("honours the threshold, and keeps the size limit before decoding", async () => {
    const listed = await fingerprintImage(pictures.listed);
    const other = await fingerprintImage(pictures.other);
    const fp = [{ type: "pdq", value: listed.pdq }];
    // Threshold 0: the JPEG copy is a few bits away, so it no longer counts.
    const jpeg = await fingerprintImage(pictures.jpeg80);
    expect(jpeg.pdq).not.toBe(listed.pdq);
    const strict = { ...pdqLimits, pdqThreshold: 0 };
    expect((await checkUrl(`${base}/picture/jpeg80`, fp, strict)).outcome).toBe("changed");
    // The threshold is what decides: at 256 any picture is "the same".
    expect(other.pdq).not.toBe(listed.pdq);
    const loose = { ...pdqLimits, pdqThreshold: 256 };
    expect((await checkUrl(`${base}/picture/other`, fp, loose)).outcome).toBe("still_up");
    const tiny = { ...pdqLimits, maxBytes: 1024 };
    expect((await checkUrl(`${base}/picture/jpeg80`, fp, tiny)).outcome).toBe("inconclusive");
  });
});
