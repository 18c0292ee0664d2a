import type { TFunction } from "i18next";
import { ApiError } from "../app/api-client.ts";
import { type ServerFieldError, translateFieldCode } from "./field-codes.ts";

type ValidationKey =
  | "required"
  | "email"
  | "sixDigits"
  | "recoveryCode"
  | "controlCharacters"
  | "countryCode"
  | "emailTaken"
  | "unknownField"
  | "enrolmentCode"
  | "codeRejected"
  | "currentPasswordWrong"
  | "samePassword"
  | "roleNotGrantable"
  | "cannotDisableSelf"
  | "unknownCountry"
  | "nothingToChange"
  | "ageRange"
  | "date"
  | "realDate"
  | "nationality"
  | "phone"
  | "languageCode"
  | "birthInFuture"
  | "registeredInFuture"
  | "declineReason"
  | "refuseReason"
  | "shareOne"
  | "serviceNotOffered"
  | "providerExternal"
  | "unknownProvider"
  | "endBeforeStart"
  | "whoDelivered"
  | "otherReason"
  | "chooseColleague"
  | "notNextStep"
  | "requestClosureFirst"
  | "number";

// Messages the shared schemas and the server word in English that this app says more precisely
// than their codes would (a schema's own wording of a pattern or refinement). Every other
// refusal is said from its stable code (field-codes.ts).
const known: Record<string, ValidationKey> = {
  Required: "required",
  "Not a valid e-mail address": "email",
  "Six digits": "sixDigits",
  "A recovery code as printed": "recoveryCode",
  "Control characters are not allowed": "controlCharacters",
  "Two capital letters (ISO 3166-1)": "countryCode",
  "Already in use": "emailTaken",
  "Unknown field": "unknownField",
  "This code is not valid: check the app's clock": "enrolmentCode",
  "This code is not valid, or it was already used": "codeRejected",
  "The current password is wrong": "currentPasswordWrong",
  "Choose a password different from the current one": "samePassword",
  "You may not grant this role": "roleNotGrantable",
  "You cannot disable your own account": "cannotDisableSelf",
  "Unknown country": "unknownCountry",
  "Nothing to change": "nothingToChange",
  "0 to 120": "ageRange",
  "A date as YYYY-MM-DD": "date",
  "Not a real date": "realDate",
  "Give a nationality exactly when it is known": "nationality",
  "A phone number in international form, such as +84901234567": "phone",
  "An ISO 639 code such as vi, th or mya": "languageCode",
  "A date of birth cannot be in the future": "birthInFuture",
  "The registration date cannot be in the future": "registeredInFuture",
  "Say why you decline": "declineReason",
  "Say why you refuse": "refuseReason",
  "Share at least one field": "shareOne",
  "The provider does not offer this service": "serviceNotOffered",
  "This provider is listed for information only: contact it directly": "providerExternal",
  "Unknown provider": "unknownProvider",
  "The end date is before the start date": "endBeforeStart",
  "Say who delivered the service": "whoDelivered",
  "Say why when the outcome is 'other'": "otherReason",
  "Choose an active caseworker or supervisor of this organisation": "chooseColleague",
  "Choose an active colleague of your organisation": "chooseColleague",
  "Choose a colleague of this organisation": "chooseColleague",
  "Not the next step": "notNextStep",
  "Request closure first": "requestClosureFirst",
  "Invalid input: expected number, received NaN": "number",
};

// Messages that carry numbers: the pattern, the translation key and the names of its values.
const patterns: [
  RegExp,
  "atMost" | "atLeast" | "ageContradicts" | "atMostCapacity" | "numberAtLeast" | "numberAtMost",
  string[],
][] = [
  [/^At most (\d+) characters$/, "atMost", ["max"]],
  [/^At least (\d+) characters$/, "atLeast", ["min"]],
  [/^The date of birth gives an age of (\d+), not (\d+)$/, "ageContradicts", ["actual", "stated"]],
  [/^At most the capacity \((\d+)\)$/, "atMostCapacity", ["max"]],
  [/^Too small: expected number to be >=(\d+)$/, "numberAtLeast", ["min"]],
  [/^Too big: expected number to be <=(\d+)$/, "numberAtMost", ["max"]],
];

/** A field message from a schema or the server, in the interface language where known. */
export function translateFieldMessage(
  t: TFunction,
  message: string | undefined,
): string | undefined {
  if (!message) return undefined;
  return translateKnownMessage(t, message) ?? message;
}

/**
 * A field error the server sent, in the interface language: a message this app words itself
 * (a schema's own wording, more precise than its code) first, then the error's stable code
 * with its parameters, and the server's English only when neither is known.
 */
export function translateFieldError(t: TFunction, error: ServerFieldError): string {
  return translateKnownMessage(t, error.message) ?? translateFieldCode(t, error) ?? error.message;
}

function translateKnownMessage(t: TFunction, message: string): string | undefined {
  const key = known[message];
  if (key) return t(`validation.${key}`);
  // Zod's own messages for a value outside an enumeration, or none at all: in these forms,
  // a choice (select or combobox) left empty.
  if (message.startsWith("Invalid option") || message.endsWith("received undefined")) {
    return t("validation.choose");
  }
  for (const [pattern, messageKey, names] of patterns) {
    const match = pattern.exec(message);
    if (!match) continue;
    const values = Object.fromEntries(names.map((name, i) => [name, Number(match[i + 1])]));
    return t(`validation.${messageKey}`, values);
  }
  return undefined;
}

/** What went wrong with a request, said plainly in the interface language. */
export function problemMessage(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t("problem.server");
  if (error.status === 0) return t("problem.network");
  if (error.status === 400 || error.status === 422) return t("problem.invalid");
  if (error.status === 401) return t("problem.unauthenticated");
  if (error.status === 403) return t("problem.forbidden");
  if (error.status === 404) return t("problem.notFound");
  if (error.code === "consent-required") return t("problem.consentRequired");
  if (error.status === 409) return t("problem.conflict");
  if (error.status === 413) return t("problem.tooLarge");
  if (error.status === 429) return t("problem.tooMany");
  return t("problem.server");
}
