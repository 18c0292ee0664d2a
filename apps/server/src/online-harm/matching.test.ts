import fs from "node:fs";
import path from "node:path";
import { hammingDistance, hashPdq, ORIENTATIONS, type PdqHash } from "@sahabat/pdq";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import {
  decodeReference,
  hashReference,
  PDQ_REFERENCE,
  readReferenceCsv,
} from "./reference-images.ts";

/*
 * Matching sanity on the reference pack (README "Tolerances", 3 and 5): the 8 orientation files
 * against the original's dihedral hashes, the bridge edits, the unrelated photo, the published
 * image-pair distances, and low-quality images reported as such.
 */

const DIH = "data/reg-test-input/dih";
const ORIENTATION_FILES = {
  original: "bridge-1-original.jpg",
  rotate90: "bridge-2-rotate-90.jpg",
  rotate180: "bridge-3-rotate-180.jpg",
  rotate270: "bridge-4-rotate-270.jpg",
  flipX: "bridge-5-flipx.jpg",
  flipY: "bridge-6-flipy.jpg",
  flipPlus1: "bridge-7-flip-plus-1.jpg",
  flipMinus1: "bridge-8-flip-minus-1.jpg",
} as const;

const nearest = (hash: PdqHash, candidates: PdqHash[]) =>
  Math.min(...candidates.map((candidate) => hammingDistance(hash, candidate)));

describe("dihedral hashes match the 8 orientation files", () => {
  it.each(["nn512", "none"] as const)("in %s mode", async (mode) => {
    const original = await hashReference(`${DIH}/bridge-1-original.jpg`, mode);
    for (const orientation of ORIENTATIONS) {
      const file = await hashReference(`${DIH}/${ORIENTATION_FILES[orientation]}`, mode);
      const viaVariant = hammingDistance(file.hashes.original, original.hashes[orientation]);
      const plain = hammingDistance(file.hashes.original, original.hashes.original);
      console.log(
        `dih [${mode}] ${ORIENTATION_FILES[orientation]}: ${viaVariant} bits from the original's ${orientation} hash, ${plain} without dihedral, quality ${file.quality}`,
      );
      expect(viaVariant).toBeLessThanOrEqual(31);
      if (orientation !== "original") expect(plain).toBeGreaterThan(31);
    }
  });
});

describe("matching sanity", () => {
  it("matches every bridge edit, and never the unrelated photo", async () => {
    const original = await hashReference("data/bridge-mods/aaa-orig.jpg", "nn512");
    const bridges = fs.readdirSync(path.join(PDQ_REFERENCE, "data/bridge-mods"));
    const pen = await hashReference("data/reg-test-input/pen-and-coaster.png", "nn512");
    const penVariants = Object.values(pen.hashes);
    for (const name of bridges) {
      const edit = await hashReference(`data/bridge-mods/${name}`, "nn512");
      const distance = hammingDistance(edit.hashes.original, original.hashes.original);
      const toPen = nearest(edit.hashes.original, penVariants);
      console.log(
        `bridge-mods/${name}: ${distance} bits from aaa-orig, ≥ ${toPen} from pen-and-coaster (any orientation), quality ${edit.quality}`,
      );
      expect(distance).toBeLessThanOrEqual(31);
      expect(toPen).toBeGreaterThan(31);
    }
  });

  it("reproduces the published image-pair distances (Java test)", async () => {
    const pairs = readReferenceCsv("expected-distances.csv").filter(
      (r) => r.a!.startsWith("data/") && r.implementation!.startsWith("java"),
    );
    const bridge = await decodeReference(`${DIH}/bridge-1-original.jpg`);
    const hashOf = async (label: string) => {
      if (label.includes("greyscale")) {
        const grey = await sharp(bridge.data, {
          raw: { width: bridge.width, height: bridge.height, channels: 3 },
        })
          .greyscale()
          .raw()
          .toBuffer();
        return hashPdq(
          { width: bridge.width, height: bridge.height, channels: 1, data: grey },
          { preshrink: "none" },
        );
      }
      if (label.includes("half width")) {
        const { data, info } = await sharp(bridge.data, {
          raw: { width: bridge.width, height: bridge.height, channels: 3 },
        })
          .resize(Math.round(bridge.width / 2), Math.round(bridge.height / 2))
          .raw()
          .toBuffer({ resolveWithObject: true });
        return hashPdq(
          { width: info.width, height: info.height, channels: 3, data },
          { preshrink: "none" },
        );
      }
      return hashPdq(await decodeReference(label), { preshrink: "none" });
    };
    for (const pair of pairs) {
      const distance = hammingDistance((await hashOf(pair.a!)).hash, (await hashOf(pair.b!)).hash);
      console.log(
        `${path.basename(pair.a!)} vs ${pair.b}: ${distance} bits (published ${pair.expected_hamming_distance})`,
      );
      const published = Number(pair.expected_hamming_distance);
      // Related pairs stay well inside the threshold; unrelated ones stay far outside it.
      if (published <= 31) expect(distance).toBeLessThanOrEqual(published + 6);
      else expect(Math.abs(distance - published)).toBeLessThanOrEqual(16);
    }
  });

  it("reports low quality for the flat and featureless images", async () => {
    for (const file of [
      "misc-images/small.jpg",
      "reg-test-input/labelme-subset/q0003.jpg",
      "reg-test-input/labelme-subset/q0004.jpg",
    ]) {
      const { quality } = await hashReference(`data/${file}`, "nn512");
      console.log(`${file}: quality ${quality} (under 50: filtered out of matching)`);
      expect(quality).toBeLessThan(50);
    }
  });
});
