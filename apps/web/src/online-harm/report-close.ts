import type { CloseOutcome } from "./online-harm-api.ts";

/**
 * The outcomes a report closes with, in the order the form offers them. The server's list
 * (online-harm/schemas.ts `closeOutcomes`) is the reference; the type below fails to compile
 * when the two differ, so a new outcome cannot be forgotten here.
 */
export const closeOutcomes = [
  "content_removed",
  "referred_to_police",
  "referred_to_other_agency",
  "no_action_possible",
  "not_harmful",
  "duplicate",
  "other",
] as const satisfies readonly CloseOutcome[];

type Missing = Exclude<CloseOutcome, (typeof closeOutcomes)[number]>;
export const isEveryOutcomeOffered: [Missing] extends [never] ? true : false = true;

/** The shortest closing reason the server accepts. */
const MIN_REASON = 5;

export type CloseFormValues = { outcome: CloseOutcome | null; reason: string };
export type CloseFormProblems = Partial<Record<"outcome" | "reason", "required" | "tooShort">>;

/** What the close form must fix before sending (the server checks the same and more). */
export function closeFormProblems(values: CloseFormValues): CloseFormProblems {
  const reason = values.reason.trim();
  return {
    ...(values.outcome ? {} : { outcome: "required" as const }),
    ...(reason.length === 0
      ? { reason: "required" as const }
      : reason.length < MIN_REASON
        ? { reason: "tooShort" as const }
        : {}),
  };
}

/** The form field that shows a server error about a field of the close body. */
export function closeFieldOf(serverField: string): "outcome" | "reason" {
  return serverField === "reason" ? "reason" : "outcome";
}
