import { createPrivateKey, createPublicKey, hkdfSync, sign, verify } from "node:crypto";
import { canonicalJson } from "../audit/index.ts";
import type { Secrets } from "../platform/secrets.ts";

/*
 * A notice's JSON is signed with Ed25519 over its canonical JSON (keys sorted at every depth,
 * as the audit chain's), so a platform verifies it with the node's public key, which the
 * document carries and the node publishes. The key is derived (HKDF-SHA256) from the node's
 * audit key, so secrets.json needs no new entry; rotating the audit key rotates this one.
 */

const pkcs8Ed25519Prefix = Buffer.from("302e020100300506032b657004220420", "hex");

function signingKey(secrets: Secrets) {
  const seed = Buffer.from(
    hkdfSync("sha256", secrets.auditKey, "sahabat", "takedown-notice-signature/ed25519", 32),
  );
  return createPrivateKey({
    key: Buffer.concat([pkcs8Ed25519Prefix, seed]),
    format: "der",
    type: "pkcs8",
  });
}

/** The node's notice-signing public key, raw 32 bytes in base64. */
export function noticePublicKey(secrets: Secrets): string {
  const spki = createPublicKey(signingKey(secrets)).export({ format: "der", type: "spki" });
  return spki.subarray(-32).toString("base64");
}

export type SignedNotice = {
  notice: Record<string, unknown>;
  signature: { algorithm: "Ed25519"; canonicalization: string; publicKey: string; value: string };
};

/** Wraps the notice with an Ed25519 signature over its canonical JSON. */
export function signNotice(secrets: Secrets, notice: Record<string, unknown>): SignedNotice {
  const value = sign(null, Buffer.from(canonicalJson(notice)), signingKey(secrets));
  return {
    notice,
    signature: {
      algorithm: "Ed25519",
      canonicalization: "JSON, object keys sorted at every depth, no whitespace",
      publicKey: noticePublicKey(secrets),
      value: value.toString("base64"),
    },
  };
}

/** Whether the signed notice's signature holds for the given raw public key (base64). */
export function verifyNoticeSignature(signed: SignedNotice, publicKey: string): boolean {
  const spki = Buffer.concat([
    Buffer.from("302a300506032b6570032100", "hex"),
    Buffer.from(publicKey, "base64"),
  ]);
  const key = createPublicKey({ key: spki, format: "der", type: "spki" });
  return verify(
    null,
    Buffer.from(canonicalJson(signed.notice)),
    key,
    Buffer.from(signed.signature.value, "base64"),
  );
}
