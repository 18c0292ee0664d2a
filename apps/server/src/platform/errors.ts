/**
 * The one catalogue of domain errors. Each has a stable code that becomes the problem `type`
 * (RFC 9457). Messages never carry personal data: they name fields and rules, not values.
 */
export type FieldError = { field: string; message: string };

export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly title: string,
    detail?: string,
    readonly errors?: FieldError[],
  ) {
    super(detail ?? title);
  }
}

/** The record does not exist or lies outside the actor's scope (the two look the same). */
export class NotFound extends DomainError {
  constructor(what = "record") {
    super("not-found", 404, "Not found", `No such ${what}`);
  }
}

/** The actor sees the record but may not perform this action on it. */
export class Forbidden extends DomainError {
  constructor(detail = "You may not do this") {
    super("forbidden", 403, "Forbidden", detail);
  }
}

/** Not signed in, or the session has ended. */
export class Unauthenticated extends DomainError {
  constructor(detail = "Sign in first") {
    super("unauthenticated", 401, "Not signed in", detail);
  }
}

/** The request conflicts with the current state (a duplicate, a stale step). */
export class Conflict extends DomainError {
  constructor(detail: string, errors?: FieldError[]) {
    super("conflict", 409, "Conflict", detail, errors);
  }
}

/** Input that passed the schema but breaks a domain rule; names the field. */
export class Invalid extends DomainError {
  constructor(field: string, message: string) {
    super("invalid", 422, "Invalid input", message, [{ field, message }]);
  }
}

/** The action needs consent that has not been given. */
export class ConsentRequired extends DomainError {
  constructor(detail = "Consent is required") {
    super("consent-required", 409, "Consent required", detail);
  }
}

/** Too many failed attempts; try again later. */
export class Locked extends DomainError {
  constructor(detail = "Too many failed attempts: try again later") {
    super("locked", 429, "Locked", detail);
  }
}

/** Too many requests of one kind by one user; `detail` says when to try again. */
export class RateLimited extends DomainError {
  constructor(detail = "Too many requests: try again later") {
    super("rate-limited", 429, "Too many requests", detail);
  }
}

/** The problem type URI for a code. */
export function problemType(code: string): string {
  return `https://sahabat.example/problems/${code}`;
}
