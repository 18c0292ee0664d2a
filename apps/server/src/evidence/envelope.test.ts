import { createHash, randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  acquisitionHashes,
  EvidenceIntegrityError,
  nodeKeyId,
  openEvidence,
  type SealedEvidence,
  sealEvidence,
} from "./envelope.ts";

/*
 * The envelope on its own: what is sealed opens to the same bytes under the same node key and
 * item id, and any alteration (of the material, its iv, tag or wrapped key, the row it sits on,
 * the recorded hash, or the node key) is refused with its cause.
 */

const dataKey = randomBytes(32);
const plaintext = Buffer.from("benign test bytes: a photograph of a rice field, not evidence");
const sha256 = createHash("sha256").update(plaintext).digest("hex");

function sealFresh() {
  const id = randomUUID();
  return { id, sealed: sealEvidence(dataKey, id, sha256, plaintext) };
}

function failureOf(open: () => unknown): string {
  try {
    open();
  } catch (err) {
    if (err instanceof EvidenceIntegrityError) return err.failure;
    throw err;
  }
  return "opened";
}

function flip(buffer: Buffer, at: number): Buffer {
  const copy = Buffer.from(buffer);
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}

describe("evidence envelope", () => {
  it("opens to the same bytes, and never stores them or the item key in the clear", () => {
    const { id, sealed } = sealFresh();
    expect(openEvidence(dataKey, id, sha256, sealed).equals(plaintext)).toBe(true);
    expect(sealed.ciphertext.includes(plaintext.subarray(0, 16))).toBe(false);
    expect(sealed.wrappedKey.byteLength).toBe(60);
    expect(sealed.keyId).toBe(nodeKeyId(dataKey));
    expect(sealed.keyId).not.toContain(dataKey.toString("hex").slice(0, 16));
    // A fresh key and iv each time: the same bytes never give the same ciphertext.
    expect(sealFresh().sealed.ciphertext.equals(sealed.ciphertext)).toBe(false);
  });

  it("gives the acquisition hashes of the plaintext", () => {
    expect(acquisitionHashes(plaintext)).toEqual({
      sha256,
      md5: createHash("md5").update(plaintext).digest("hex"),
    });
  });

  it("refuses every alteration, naming its cause", () => {
    const { id, sealed } = sealFresh();
    const altered = (o: Partial<SealedEvidence>) => () =>
      openEvidence(dataKey, id, sha256, { ...sealed, ...o });
    expect(failureOf(altered({ ciphertext: flip(sealed.ciphertext, 3) }))).toBe(
      "decryption_failed",
    );
    expect(failureOf(altered({ iv: flip(sealed.iv, 0) }))).toBe("decryption_failed");
    expect(failureOf(altered({ authTag: flip(sealed.authTag, 15) }))).toBe("decryption_failed");
    expect(failureOf(altered({ wrappedKey: flip(sealed.wrappedKey, 40) }))).toBe(
      "key_unwrap_failed",
    );
    expect(failureOf(altered({ keyId: "0000000000000000" }))).toBe("wrong_node_key");
    expect(failureOf(() => openEvidence(randomBytes(32), id, sha256, sealed))).toBe(
      "wrong_node_key",
    );
  });

  it("does not open material moved to another item or under another recorded hash", () => {
    const { sealed } = sealFresh();
    expect(failureOf(() => openEvidence(dataKey, randomUUID(), sha256, sealed))).toBe(
      "key_unwrap_failed",
    );
    const otherHash = createHash("sha256").update("other").digest("hex");
    const { id } = sealFresh();
    expect(failureOf(() => openEvidence(dataKey, id, otherHash, sealed))).toBe("key_unwrap_failed");
  });

  it("refuses bytes that decrypt but differ from what was acquired", () => {
    // Sealed under a wrong recorded hash from the start: GCM opens, the hash check does not.
    const id = randomUUID();
    const wrongHash = createHash("sha256").update("not these bytes").digest("hex");
    const sealed = sealEvidence(dataKey, id, wrongHash, plaintext);
    expect(failureOf(() => openEvidence(dataKey, id, wrongHash, sealed))).toBe("hash_mismatch");
  });
});
