import { MIN_CLOSE_REASON } from "@sahabat/shared";
import type { CloseOutcome } from "./online-harm-api.ts";

/** The outcomes a report closes with, in the order the form offers them: the server's list. */
export { closeOutcomes } from "@sahabat/shared";

export type CloseFormValues = { outcome: CloseOutcome | null; reason: string };
export type CloseFormProblems = Partial<Record<"outcome" | "reason", "required" | "tooShort">>;

/** What the close form must fix before sending (the server checks the same and more). */
export function closeFormProblems(values: CloseFormValues): CloseFormProblems {
  const reason = values.reason.trim();
  return {
    ...(values.outcome ? {} : { outcome: "required" as const }),
    ...(reason.length === 0
      ? { reason: "required" as const }
      : reason.length < MIN_CLOSE_REASON
        ? { reason: "tooShort" as const }
        : {}),
  };
}

/** The form field that shows a server error about a field of the close body. */
export function closeFieldOf(serverField: string): "outcome" | "reason" {
  return serverField === "reason" ? "reason" : "outcome";
}
