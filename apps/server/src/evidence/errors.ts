import { DomainError } from "../platform/errors.ts";
import { MIN_REASON_LENGTH } from "./retain.service.ts";

/*
 * Errors of retained evidence that the platform catalogue has no place for. Each keeps the
 * catalogue's shape (a stable code, a status, no personal data in the message).
 */

/** A request about evidence without a usable reason: the same 400 a schema error gives. */
export class ReasonRequired extends DomainError {
  constructor() {
    const message = `Say why, in at least ${MIN_REASON_LENGTH} characters`;
    // reason_required rather than too_small: a long reason made of control characters is
    // refused too, and "at least 5 characters" would not say why.
    super("validation", 400, "Invalid input", "Some fields are not valid", [
      {
        field: "reason",
        message,
        code: "reason_required",
        params: { minimum: MIN_REASON_LENGTH },
      },
    ]);
  }
}

/** The item's material was destroyed: its record remains, the material does not. */
export class EvidenceGone extends DomainError {
  constructor() {
    super("gone", 410, "Gone", "This evidence was destroyed; its record and custody remain");
  }
}

/** The stored material does not open or does not match its acquisition hash. */
export class EvidenceIntegrityFailed extends DomainError {
  constructor() {
    super(
      "evidence-integrity-failed",
      500,
      "Evidence failed its integrity check",
      "The stored evidence does not match its acquisition hash; the failure is on its custody record",
    );
  }
}

/** The item is not an image, so there is no thumbnail to show. */
export class NoThumbnail extends DomainError {
  constructor() {
    super("no-thumbnail", 422, "No thumbnail", "Only images have a thumbnail");
  }
}
