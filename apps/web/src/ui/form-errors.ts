import type { FieldError, FieldValues, Path, UseFormSetError } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { ApiError } from "../app/api-client.ts";
import { translateFieldMessage } from "./messages.ts";

/**
 * Puts the server's field errors next to their fields (what the user typed stays) and moves
 * focus to the first one. Returns whether any field took an error.
 */
export function showFieldErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  error: unknown,
  fields: readonly Path<T>[],
): boolean {
  if (!(error instanceof ApiError)) return false;
  let isAnyShown = false;
  for (const { field, message } of error.problem.errors ?? []) {
    const name = fields.find((f) => f === field);
    if (!name) continue;
    setError(name, { type: "server", message }, { shouldFocus: !isAnyShown });
    isAnyShown = true;
  }
  return isAnyShown;
}

/** Translates a react-hook-form field error for a Mantine input's `error` prop. */
export function useFieldError() {
  const { t } = useTranslation();
  return (error: FieldError | undefined) => translateFieldMessage(t, error?.message);
}
