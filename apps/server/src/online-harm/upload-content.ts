import { createHash } from "node:crypto";
import { MAX_UPLOAD_BASE64, MAX_UPLOAD_BYTES, type UploadBody } from "@sahabat/shared";
import { DomainError, type DomainFieldCode } from "../platform/errors.ts";
import { digestBytes, type ImageFingerprint } from "./fingerprint.ts";
import type { HashPool } from "./hash-pool.ts";

/** A file refused: 400 naming `contentBase64` (the field that carried it). */
export class UploadRefused extends DomainError {
  constructor(message: string, code?: DomainFieldCode) {
    super("invalid-upload", 400, "Invalid upload", message, [
      { field: "contentBase64", message, ...(code ? { code } : {}) },
    ]);
  }
}

/** A file over the upload limit: 413 naming `contentBase64`. */
export class UploadTooLarge extends DomainError {
  constructor() {
    const megabytes = MAX_UPLOAD_BYTES / (1024 * 1024);
    const message = `The file is larger than ${megabytes} MB`;
    super("too-large", 413, "Request too large", message, [
      { field: "contentBase64", message, code: "file_too_large" },
    ]);
  }
}

/** What an upload leaves behind once its bytes are gone. */
export type UploadFingerprint = {
  mediaType: string;
  byteSize: number;
  md5: string;
  sha256: string;
  /** Matched only (NCMEC lists carry SHA-1), never stored. */
  sha1: string;
  image: Pick<ImageFingerprint, "pdq" | "quality" | "width" | "height" | "orientations"> | null;
};

// Standard alphabet, padding optional; no data: prefix, no line breaks (a strict wire format).
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const VIDEO_EXTENSIONS: Record<string, string> = {
  mp4: "video/mp4",
  m4v: "video/mp4",
  mov: "video/quicktime",
  webm: "video/webm",
  mkv: "video/x-matroska",
  avi: "video/x-msvideo",
  "3gp": "video/3gpp",
};

/** Decodes the base64 into a fresh buffer, refusing what is not base64 or is over the limit. */
export function decodeBase64(content: string): Buffer {
  if (content.length > MAX_UPLOAD_BASE64) throw new UploadTooLarge();
  if (content.length % 4 === 1 || !BASE64.test(content))
    throw new UploadRefused("Not base64 (standard alphabet, no data: prefix or line breaks)");
  const bytes = Buffer.from(content, "base64");
  if (bytes.byteLength === 0) throw new UploadRefused("The file is empty", "file_empty");
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw new UploadTooLarge();
  return bytes;
}

/**
 * Which path a file takes: video (exact digests only, for now: PDQ is for still images) by its
 * declared media type or, without one, its file name's extension; anything else must decode as
 * an image. Other declared types (documents, archives) are refused.
 */
function videoTypeOf(body: Pick<UploadBody, "mediaType" | "filename">): string | null {
  if (body.mediaType?.startsWith("video/")) return body.mediaType;
  if (body.mediaType !== undefined) {
    if (body.mediaType.startsWith("image/")) return null;
    throw new UploadRefused(
      "Only images and videos are taken (image/… or video/…)",
      "file_type_not_accepted",
    );
  }
  const extension = body.filename?.split(".").at(-1)?.toLowerCase() ?? "";
  return VIDEO_EXTENSIONS[extension] ?? null;
}

/**
 * Fingerprints an upload held in memory: images on the hash pool (MD5, SHA-256, PDQ and its
 * eight orientations), videos by their digests. Nothing is written anywhere. A file that is not
 * an image it claims to be, is damaged or declares too many pixels is refused (400).
 */
export async function fingerprintUpload(
  pool: HashPool,
  bytes: Uint8Array,
  body: Pick<UploadBody, "mediaType" | "filename">,
): Promise<UploadFingerprint> {
  const videoType = videoTypeOf(body);
  const sha1 = createHash("sha1").update(bytes).digest("hex");
  if (videoType !== null) {
    // Hashed on the main thread: two digests of at most 20 MB take tens of milliseconds.
    const { md5, sha256, byteLength } = digestBytes(bytes);
    return { mediaType: videoType, byteSize: byteLength, md5, sha256, sha1, image: null };
  }
  const fingerprint = await pool.fingerprint(bytes, { withOrientations: true }).catch((error) => {
    // The pool's refusals are built from the worker protocol, whose code is a DomainFieldCode.
    if (error instanceof DomainError)
      throw new UploadRefused(
        error.message,
        error.errors?.[0]?.code as DomainFieldCode | undefined,
      );
    throw error;
  });
  return {
    mediaType: `image/${fingerprint.format}`,
    byteSize: fingerprint.byteLength,
    md5: fingerprint.md5,
    sha256: fingerprint.sha256,
    sha1,
    image: {
      pdq: fingerprint.pdq,
      quality: fingerprint.quality,
      width: fingerprint.width,
      height: fingerprint.height,
      ...(fingerprint.orientations ? { orientations: fingerprint.orientations } : {}),
    },
  };
}
