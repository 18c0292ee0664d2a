import { generateSecret, generateSync, generateURI, verifySync } from "otplib";
import QRCode from "qrcode";

/** A new base32 TOTP secret (160 bits, as RFC 4226 recommends). */
export function createTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(secret: string, account: string): string {
  return generateURI({ issuer: "Sahabat", label: account, secret });
}

/** The QR code of the URI as an SVG document, drawn on the server so the secret needs no third party. */
export function totpQrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}

/**
 * Checks a code at `now`, allowing one step of clock drift either way, and only codes from a
 * later time step than the last one accepted: a code is never accepted twice (RFC 6238 §5.2).
 * Returns the accepted time step, or null.
 */
export function acceptTotpCode(
  secret: string,
  code: string,
  now: Date,
  lastStep: number | null,
): number | null {
  const result = verifySync({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: 30,
    ...(lastStep !== null ? { afterTimeStep: lastStep } : {}),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

/** The current code for a secret (demo helper and tests). */
export function currentTotpCode(secret: string, now: Date): string {
  return generateSync({ secret, epoch: Math.floor(now.getTime() / 1000) });
}
