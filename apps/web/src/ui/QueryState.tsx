import { Alert, Loader, Stack, Text } from "@mantine/core";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { problemMessage } from "./messages.ts";

/** Shows a query's loading and error states, and its data once there. */
export function QueryState<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <Stack align="flex-start" role="status">
        <Loader size="sm" aria-hidden />
        <Text>{t("loading")}</Text>
      </Stack>
    );
  }
  if (query.isError) {
    return (
      <Alert role="alert" color="var(--mantine-color-error)" variant="light">
        {problemMessage(t, query.error)}
      </Alert>
    );
  }
  return <>{children(query.data)}</>;
}
