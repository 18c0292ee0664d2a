import http from "node:http";
import type { AddressInfo } from "node:net";
import sharp from "sharp";
import { fingerprintImage } from "../../apps/server/src/online-harm/index.ts";
import { signInToApi } from "./api.ts";
import type { TestServer } from "./server.ts";

/*
 * What the online-harm story (e2e/online-harm.test.ts) starts from: a benign generated image,
 * a loopback "platform" serving it, and a verified hash list holding its fingerprints, set up
 * by the police unit's investigator through the API (the hash-list screens are not this story's).
 */

/**
 * A benign, deterministic picture: soft colour gradients and a few discs, 320 × 240 PNG. Enough
 * structure for a PDQ quality of 100, nothing anybody would mistake for a photograph.
 */
export async function makeBenignImage(): Promise<Buffer> {
  const width = 320;
  const height = 240;
  const pixels = Buffer.alloc(width * height * 3);
  const discs = [
    [80, 70, 40],
    [220, 150, 60],
    [150, 200, 25],
  ] as const;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const inDisc = discs.some(([cx, cy, r]) => (x - cx) ** 2 + (y - cy) ** 2 < r * r);
      const i = (y * width + x) * 3;
      pixels[i] = inDisc ? 240 : Math.round((x / width) * 200);
      pixels[i + 1] = inDisc ? 200 : Math.round((y / height) * 180 + 40);
      pixels[i + 2] = Math.round(128 + 100 * Math.sin((x + y) / 23));
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
}

/**
 * A loopback web server standing in for a platform: it serves the image at `url` until
 * `takeDown()`, then answers 404, as a platform does once the content is removed.
 */
export async function startContentServer(image: Buffer) {
  let isUp = true;
  const server = http.createServer((request, response) => {
    if (isUp && request.url === "/photos/sunset.png") {
      response.writeHead(200, { "content-type": "image/png", "content-length": image.length });
      response.end(image);
      return;
    }
    response.writeHead(404, { "content-type": "text/plain" });
    response.end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/photos/sunset.png`,
    takeDown() {
      isUp = false;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The police unit's investigator creates a verified list shared with every organisation of the
 * node and imports the image's SHA-256 and PDQ, as a list from a vetting source would carry
 * them. (Not the hotline's own supervisor: a one-time code is accepted once, and the
 * supervisor signs in to the browser later.) Returns the lists' names.
 */
export async function listKnownImage(
  server: TestServer,
  image: Buffer,
): Promise<{ verified: string; unverified: string }> {
  const fingerprint = await fingerprintImage(new Uint8Array(image));
  const investigator = await signInToApi(server.url, server.account("investigator"));
  const name = "Benign test images";
  const list = (await investigator.request("POST", "/api/hash-lists", {
    name,
    source: "Sahabat end-to-end test, benign generated images",
    licence: "Test data, no restriction",
    permittedUse: "Testing the matching workflow",
    exportPolicy: "owner",
    sharingLevel: "national",
    tlp: "green",
    isVerified: true,
  })) as { id: string };
  await investigator.request("POST", `/api/hash-lists/${list.id}/import`, {
    format: "threatexchange",
    content: [
      `HASH_SHA256,${fingerprint.sha256},test-1,benign_test_image`,
      `HASH_PDQ,${fingerprint.pdq},test-1,benign_test_image`,
    ].join("\n"),
  });
  // A second, unverified list (reports from the public, not yet vetted) holds the picture's PDQ
  // only: that perceptual match is what a reviewer decides.
  const publicList = (await investigator.request("POST", "/api/hash-lists", {
    name: "Public reports, not yet vetted",
    source: "Sahabat end-to-end test, benign generated images",
    licence: "Test data, no restriction",
    permittedUse: "Testing the review queue",
    exportPolicy: "owner",
    sharingLevel: "national",
    tlp: "green",
    isVerified: false,
  })) as { id: string };
  await investigator.request("POST", `/api/hash-lists/${publicList.id}/import`, {
    format: "threatexchange",
    content: `HASH_PDQ,${fingerprint.pdq},public-1,benign_test_image`,
  });
  return { verified: name, unverified: "Public reports, not yet vetted" };
}
