/**
 * The one catalogue of domain errors. Each has a stable code that becomes the problem `type`
 * (RFC 9457). Messages never carry personal data: they name fields and rules, not values.
 */
export type FieldError = {
  field: string;
  message: string;
  /**
   * A stable machine-readable reason (`too_small`, `date_in_future`…), so a client can say it in
   * the user's language; `message` stays the English wording. Typed, so that a new code is
   * one of these unions, which the web's `field-codes.test.ts` reads: it fails until the web
   * words it. See `field-codes.ts`.
   */
  code?: FieldErrorCode;
  /** The numbers or names the reason needs (`{minimum: 5, origin: "string"}`); never a value. */
  params?: FieldErrorParams;
};

/** Parameters of a field error: limits, formats and allowed names, never the input itself. */
export type FieldErrorParams = Record<string, string | number | boolean | string[]>;

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

/**
 * Input that passed the schema but breaks a domain rule; names the field. `code` (from
 * `DomainFieldCode`, or a schema code such as `too_small` for a length checked after trimming)
 * lets the web say it in the user's language; without one the web shows
 * the English message (or its own translation of that message, where it knows it).
 */
export class Invalid extends DomainError {
  constructor(field: string, message: string, code?: FieldErrorCode, params?: FieldErrorParams) {
    super("invalid", 422, "Invalid input", message, [
      { field, message, ...(code ? { code } : {}), ...(params ? { params } : {}) },
    ]);
  }
}

/**
 * Codes of the domain refusals that name a field. Stable: the web maps each to its own words,
 * so renaming one is an API change (add a new code instead).
 */
export type DomainFieldCode =
  | "date_in_future"
  | "end_before_start"
  | "age_contradicts_birth"
  | "unknown_provider"
  | "service_not_offered"
  | "provider_external"
  | "provider_required"
  | "choose_colleague"
  | "reason_required"
  | "unknown_platform"
  | "excerpt_not_allowed"
  | "channel_unavailable"
  | "at_most_capacity"
  | "unknown_country"
  | "unknown_cursor"
  | "file_empty"
  | "file_too_large"
  | "file_not_image"
  | "file_type_not_accepted"
  | "file_damaged"
  | "already_decided"
  | "already_closed"
  | "report_closed"
  | "not_next_step"
  | "closure_not_requested"
  | "already_in_use"
  | "not_a_match_decided"
  | "unknown_instrument_version"
  | "draft_needs_case"
  | "notice_not_sent"
  | "step_out_of_order"
  | "already_listed"
  | "already_recorded"
  | "cannot_link"
  | "unknown_profile"
  | "role_not_grantable"
  | "cannot_disable_self"
  | "current_password_wrong"
  | "same_password"
  | "code_rejected"
  | "enrolment_code_rejected"
  | "sharing_group_empty"
  | "sharing_group_only"
  | "unknown_organisation"
  | "file_too_complex"
  | "quality_pdq_only";

/**
 * Codes of schema validation failures (`field-issues.ts`): zod 4's issue codes, `required` for
 * a missing value and `unknown_field` for a key a strict schema refused. `custom` carries a
 * refinement's own domain code in `params.code`.
 */
export type SchemaFieldCode =
  | "required"
  | "unknown_field"
  | "invalid_type"
  | "too_small"
  | "too_big"
  | "invalid_format"
  | "invalid_value"
  | "not_multiple_of"
  | "unrecognized_keys"
  | "invalid_union"
  | "invalid_key"
  | "invalid_element"
  | "custom";

/** Every code a field error may carry. */
export type FieldErrorCode = DomainFieldCode | SchemaFieldCode;

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
