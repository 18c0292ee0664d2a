import i18n from "i18next";
import type {
  FieldError,
  FieldPath,
  FieldValues,
  Path,
  UseFormReturn,
  UseFormSetError,
} from "react-hook-form";
import { useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { ApiError } from "../app/api-client.ts";
import type { ServerFieldError } from "./field-codes.ts";
import { translateFieldError, translateFieldMessage } from "./messages.ts";

/**
 * A server field error in the interface language now in use (from its code, see
 * field-codes.ts), for forms that place errors themselves.
 */
export function serverFieldMessage(error: ServerFieldError): string {
  return translateFieldError(i18n.t, error);
}

/**
 * Puts the server's field errors next to their fields (what the user typed stays) and moves
 * focus to the first one. Returns whether any field took an error.
 */
export function showFieldErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  error: unknown,
  fields: readonly Path<T>[],
): boolean {
  return showServerFieldErrors(setError, error, (f) => fields.some((x) => x === f)) > 0;
}

/**
 * The same for forms with nested and repeated fields (`person.dateOfBirth`,
 * `person.contacts.0.phone`): every error whose field the form shows goes next to it.
 * Returns how many were placed; the others are listed by the ProblemAlert above the form.
 */
export function showServerFieldErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  error: unknown,
  isShown: (field: string) => boolean,
): number {
  if (!(error instanceof ApiError)) return 0;
  let placed = 0;
  for (const fieldError of error.problem.errors ?? []) {
    if (!isShown(fieldError.field)) continue;
    // Said now, in the interface language: react-hook-form keeps only a string per field.
    const message = serverFieldMessage(fieldError);
    setError(
      fieldError.field as Path<T>,
      { type: "server", message },
      { shouldFocus: placed === 0 },
    );
    placed++;
  }
  return placed;
}

/** Translates a react-hook-form field error for a Mantine input's `error` prop. */
export function useFieldError() {
  const { t } = useTranslation();
  return (error: FieldError | undefined) => translateFieldMessage(t, error?.message);
}

/** The translated error of a field by its path, for forms with nested fields. */
export function useErrorOf<T extends FieldValues>(form: UseFormReturn<T>) {
  const { t } = useTranslation();
  return (name: FieldPath<T>) =>
    translateFieldMessage(t, form.getFieldState(name, form.formState).error?.message);
}

/** The same inside a FormProvider (sections of a long form). */
export function useContextErrorOf() {
  const form = useFormContext();
  return useErrorOf(form);
}
