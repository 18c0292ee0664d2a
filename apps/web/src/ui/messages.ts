import type { TFunction } from "i18next";
import { ApiError } from "../app/api-client.ts";

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
  | "nothingToChange";

// The shared schemas and the server word their messages in English and carry no stable code
// per field (API gap, reported); until they do, the known messages are mapped to translations.
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
};

/** A field message from a schema or the server, in the interface language where known. */
export function translateFieldMessage(
  t: TFunction,
  message: string | undefined,
): string | undefined {
  if (!message) return undefined;
  const key = known[message];
  if (key) return t(`validation.${key}`);
  // Zod's own messages for a value outside an enumeration, or none at all: in these forms,
  // a choice (select or combobox) left empty.
  if (message.startsWith("Invalid option") || message.endsWith("received undefined")) {
    return t("validation.choose");
  }
  const atMost = /^At most (\d+) characters$/.exec(message);
  if (atMost) return t("validation.atMost", { max: Number(atMost[1]) });
  const atLeast = /^At least (\d+) characters$/.exec(message);
  if (atLeast) return t("validation.atLeast", { min: Number(atLeast[1]) });
  return message;
}

/** What went wrong with a request, said plainly in the interface language. */
export function problemMessage(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t("problem.server");
  if (error.status === 0) return t("problem.network");
  if (error.status === 400 || error.status === 422) return t("problem.invalid");
  if (error.status === 401) return t("problem.unauthenticated");
  if (error.status === 403) return t("problem.forbidden");
  if (error.status === 404) return t("problem.notFound");
  if (error.status === 409) return t("problem.conflict");
  if (error.status === 413) return t("problem.tooLarge");
  if (error.status === 429) return t("problem.tooMany");
  return t("problem.server");
}
