import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { problemMessage } from "./messages.ts";

/**
 * The summary of a refused request, above the form; field messages appear next to their
 * fields. role="alert" makes screen readers announce it as soon as it appears.
 */
export function ProblemAlert({ error, message }: { error: unknown; message?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert
      role="alert"
      color="var(--mantine-color-error)"
      variant="light"
      title={t("problem.title")}
    >
      {message ?? problemMessage(t, error)}
    </Alert>
  );
}
