import { Alert, List } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiError } from "../app/api-client.ts";
import { problemMessage, translateFieldError } from "./messages.ts";

/**
 * The summary of a refused request, above the form; field messages appear next to their
 * fields. role="alert" makes screen readers announce it as soon as it appears. With
 * `isPlaced`, field errors the form could not place (a field it does not show) are listed here,
 * so no refusal goes unexplained.
 */
export function ProblemAlert({
  error,
  message,
  isPlaced,
}: {
  error: unknown;
  message?: string;
  isPlaced?: (field: string) => boolean;
}) {
  const { t } = useTranslation();
  if (!error) return null;
  const unplaced =
    isPlaced && error instanceof ApiError
      ? (error.problem.errors ?? []).filter((e) => !isPlaced(e.field))
      : [];
  return (
    <Alert
      role="alert"
      color="var(--mantine-color-error)"
      variant="light"
      title={t("problem.title")}
    >
      {message ?? problemMessage(t, error)}
      {unplaced.length > 0 && (
        <List mt="xs">
          {unplaced.map((e) => (
            <List.Item key={`${e.field}:${e.message}`}>{translateFieldError(t, e)}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
