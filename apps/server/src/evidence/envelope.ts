import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from "node:crypto";

/*
 * Envelope encryption of retained evidence with AES-256-GCM (node:crypto). Each item has its own
 * random 256-bit key, which encrypts the bytes; that key is wrapped under the node's data key
 * (secrets.json, never in the database). Destroying an item wipes its wrapped key with the
 * ciphertext, so no copy of the database (a backup included) can open it afterwards. The item
 * id and acquisition hash are the associated data of both encryptions, so a ciphertext or key
 * copied onto another row fails to open.
 */

/** An item's material as stored. */
export type SealedEvidence = {
  ciphertext: Buffer;
  iv: Buffer;
  authTag: Buffer;
  /** iv (12) ‖ tag (16) ‖ encrypted item key (32). */
  wrappedKey: Buffer;
  keyId: string;
  keyVersion: number;
};

/** The acquisition hashes of the plaintext, taken before encryption. */
export function acquisitionHashes(bytes: Uint8Array): { sha256: string; md5: string } {
  return {
    sha256: createHash("sha256").update(bytes).digest("hex"),
    md5: createHash("md5").update(bytes).digest("hex"),
  };
}

/** Names the node key without revealing it: the first 16 hex digits of an HMAC under it. */
export function nodeKeyId(dataKey: Buffer): string {
  return createHmac("sha256", dataKey).update("sahabat evidence key id").digest("hex").slice(0, 16);
}

const KEY_VERSION = 1;

function associatedData(itemId: string, sha256: string): Buffer {
  return Buffer.from(`sahabat-evidence:${itemId}:${sha256}`, "utf8");
}

function gcmEncrypt(key: Buffer, plaintext: Uint8Array, aad: Buffer) {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, authTag: cipher.getAuthTag(), ciphertext };
}

function gcmDecrypt(key: Buffer, iv: Buffer, authTag: Buffer, body: Buffer, aad: Buffer) {
  const decipher = createDecipheriv("aes-256-gcm", key, iv);
  decipher.setAAD(aad);
  decipher.setAuthTag(authTag);
  return Buffer.concat([decipher.update(body), decipher.final()]);
}

/** Encrypts the bytes under a fresh item key, wrapped under the node's data key. */
export function sealEvidence(
  dataKey: Buffer,
  itemId: string,
  sha256: string,
  bytes: Uint8Array,
): SealedEvidence {
  const aad = associatedData(itemId, sha256);
  const itemKey = randomBytes(32);
  try {
    const body = gcmEncrypt(itemKey, bytes, aad);
    const wrapped = gcmEncrypt(dataKey, itemKey, aad);
    return {
      ciphertext: body.ciphertext,
      iv: body.iv,
      authTag: body.authTag,
      wrappedKey: Buffer.concat([wrapped.iv, wrapped.authTag, wrapped.ciphertext]),
      keyId: nodeKeyId(dataKey),
      keyVersion: KEY_VERSION,
    };
  } finally {
    itemKey.fill(0);
  }
}

/** Why stored material could not be opened, as a code for the custody record. */
export type IntegrityFailure =
  | "wrong_node_key"
  | "key_unwrap_failed"
  | "decryption_failed"
  | "hash_mismatch";

/** Thrown when stored material does not open, or opens to other bytes than were acquired. */
export class EvidenceIntegrityError extends Error {
  constructor(readonly failure: IntegrityFailure) {
    super(`evidence integrity check failed: ${failure}`);
  }
}

/**
 * Decrypts the material and checks it against the acquisition hash. Any alteration of the
 * ciphertext, its iv or tag, the wrapped key, the item id or the recorded hash fails here.
 * The caller owns the returned buffer and should wipe it when done.
 */
export function openEvidence(
  dataKey: Buffer,
  itemId: string,
  sha256: string,
  sealed: SealedEvidence,
): Buffer {
  if (sealed.keyId !== nodeKeyId(dataKey)) throw new EvidenceIntegrityError("wrong_node_key");
  const aad = associatedData(itemId, sha256);
  const w = sealed.wrappedKey;
  let itemKey: Buffer;
  try {
    itemKey = gcmDecrypt(dataKey, w.subarray(0, 12), w.subarray(12, 28), w.subarray(28), aad);
  } catch {
    throw new EvidenceIntegrityError("key_unwrap_failed");
  }
  let plaintext: Buffer;
  try {
    plaintext = gcmDecrypt(itemKey, sealed.iv, sealed.authTag, sealed.ciphertext, aad);
  } catch {
    throw new EvidenceIntegrityError("decryption_failed");
  } finally {
    itemKey.fill(0);
  }
  if (createHash("sha256").update(plaintext).digest("hex") !== sha256) {
    plaintext.fill(0);
    throw new EvidenceIntegrityError("hash_mismatch");
  }
  return plaintext;
}
