import type { Problem } from "@sahabat/shared";
import type { TFunction } from "i18next";
import type { Messages } from "../app/locales/index.ts";

/** One field error of a refused request, as the server sends it. */
export type ServerFieldError = NonNullable<Problem["errors"]>[number];

type ValidationKey = keyof Messages["common"]["validation"];
type Params = NonNullable<ServerFieldError["params"]>;
/** A translation key and the values its message interpolates. */
type Wording = { key: ValidationKey; values?: Record<string, number | string> };

/**
 * The server's domain codes (apps/server/src/platform/errors.ts `DomainFieldCode`), each with
 * its wording. Codes are an API contract: a new server code needs a line here, and until then
 * the user reads the server's English message.
 */
export const domainCodeKeys = {
  date_in_future: "dateInFuture",
  end_before_start: "endBeforeStart",
  age_contradicts_birth: "ageContradicts",
  unknown_provider: "unknownProvider",
  service_not_offered: "serviceNotOffered",
  provider_external: "providerExternal",
  provider_required: "whoDelivered",
  choose_colleague: "chooseColleague",
  reason_required: "reasonRequired",
  unknown_platform: "unknownPlatform",
  excerpt_not_allowed: "excerptNotAllowed",
  channel_unavailable: "channelUnavailable",
  at_most_capacity: "atMostCapacity",
  unknown_country: "unknownCountry",
  unknown_cursor: "unknownCursor",
  file_empty: "fileEmpty",
  file_too_large: "fileTooLarge",
  file_not_image: "fileNotImage",
  file_type_not_accepted: "fileTypeNotAccepted",
  file_damaged: "fileDamaged",
  already_decided: "alreadyDecided",
  already_closed: "alreadyClosed",
  report_closed: "reportClosed",
  not_next_step: "notNextStep",
  closure_not_requested: "requestClosureFirst",
  already_in_use: "alreadyInUse",
  not_a_match_decided: "notAMatchDecided",
  unknown_instrument_version: "unknownInstrumentVersion",
  draft_needs_case: "draftNeedsCase",
  notice_not_sent: "noticeNotSent",
  step_out_of_order: "stepOutOfOrder",
  already_listed: "alreadyListed",
  already_recorded: "alreadyRecorded",
  cannot_link: "cannotLink",
  unknown_profile: "unknownProfile",
  // Worded before they had codes, by their English message (messages.ts).
  role_not_grantable: "roleNotGrantable",
  cannot_disable_self: "cannotDisableSelf",
  current_password_wrong: "currentPasswordWrong",
  same_password: "samePassword",
  code_rejected: "codeRejected",
  enrolment_code_rejected: "enrolmentCode",
  sharing_group_empty: "sharingGroupEmpty",
  sharing_group_only: "sharingGroupOnly",
  unknown_organisation: "unknownOrganisation",
  file_too_complex: "fileTooComplex",
  quality_pdq_only: "qualityPdqOnly",
} as const satisfies Record<string, ValidationKey>;

// The formats zod names in `invalid_format` that have their own wording; others (a pattern,
// a prefix) read as "not in the expected form".
const formatKeys: Record<string, ValidationKey> = {
  email: "email",
  url: "url",
  date: "date",
  datetime: "dateTime",
  uuid: "choose",
  guid: "choose",
};

const numberOf = (params: Params | undefined, name: string): number | undefined => {
  const value = params?.[name];
  return typeof value === "number" ? value : undefined;
};

function lengthWording(code: "too_small" | "too_big", params: Params | undefined): Wording {
  const isMin = code === "too_small";
  const limit = numberOf(params, isMin ? "minimum" : "maximum");
  const origin = params?.origin;
  if (limit === undefined) return { key: "format" };
  const values: Record<string, number> = isMin ? { min: limit } : { max: limit };
  // "At least 1 character" is how zod says a text is required.
  if (origin === "string" && isMin && limit === 1) return { key: "required" };
  if (origin === "string") return { key: isMin ? "atLeast" : "atMost", values };
  if (origin === "array" || origin === "set")
    return { key: isMin ? "itemsAtLeast" : "itemsAtMost", values };
  return { key: isMin ? "numberAtLeast" : "numberAtMost", values };
}

function domainWording(code: string, params: Params | undefined): Wording | undefined {
  const key = (domainCodeKeys as Record<string, ValidationKey>)[code];
  if (!key) return undefined;
  if (code === "age_contradicts_birth") {
    const actual = numberOf(params, "actual");
    const stated = numberOf(params, "stated");
    return actual === undefined || stated === undefined
      ? undefined
      : { key, values: { actual, stated } };
  }
  // An evidence reason names its fewest characters; other reasons just need saying.
  if (code === "reason_required") {
    const min = numberOf(params, "minimum");
    return min === undefined ? { key } : { key: "reasonAtLeast", values: { min } };
  }
  if (code === "at_most_capacity") {
    const max = numberOf(params, "maximum");
    return max === undefined ? undefined : { key, values: { max } };
  }
  // A lexicon entry names the entry that already holds the phrase (its id, such as vi-F-002).
  if (code === "already_listed") {
    const entry = params?.entryId;
    return typeof entry === "string" ? { key: "alreadyListedAs", values: { entry } } : { key };
  }
  return { key };
}

/**
 * The wording of a field error's code, or undefined for a code this web app does not know
 * (the caller then shows the server's English). A refinement's own `params.code` counts as a
 * domain code.
 */
export function wordingOf(error: Pick<ServerFieldError, "code" | "params">): Wording | undefined {
  const { code, params } = error;
  if (!code) return undefined;
  switch (code) {
    case "required":
      return { key: "required" };
    case "unknown_field":
    case "unrecognized_keys":
      return { key: "unknownField" };
    // A value matching none of a union's shapes, or a bad key or element inside a record or a
    // set: the schema has no more precise words for it than "not in the expected form".
    case "invalid_union":
    case "invalid_key":
    case "invalid_element":
      return { key: "format" };
    case "invalid_value":
      return { key: "choose" };
    case "invalid_type":
      if (params?.expected === "number") return { key: "number" };
      if (params?.expected === "int") return { key: "wholeNumber" };
      return { key: "invalidType" };
    case "too_small":
    case "too_big":
      return lengthWording(code, params);
    case "invalid_format":
      return { key: formatKeys[String(params?.format)] ?? "format" };
    case "not_multiple_of": {
      const divisor = numberOf(params, "divisor");
      return divisor === undefined ? { key: "format" } : { key: "multipleOf", values: { divisor } };
    }
    case "custom":
      return typeof params?.code === "string" ? domainWording(params.code, params) : undefined;
    default:
      return domainWording(code, params);
  }
}

/** Says a coded field error with `t`, or returns undefined when the code is unknown. */
export function translateFieldCode(
  t: TFunction,
  error: Pick<ServerFieldError, "code" | "params">,
): string | undefined {
  const wording = wordingOf(error);
  return wording ? t(`validation.${wording.key}`, { ns: "common", ...wording.values }) : undefined;
}
