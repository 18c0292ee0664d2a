import { Stack, Text } from "@mantine/core";
import type { ProviderView } from "@sahabat/shared";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { QueryState } from "../ui/QueryState.tsx";
import { type DirectoryFilters, directoryQuery } from "./directory-api.ts";
import { ProviderCard } from "./ProviderCard.tsx";

/** The providers matching a search, best first; `actionFor` adds a button to each (refer). */
export function ProviderList({
  filters,
  actionFor,
}: {
  filters: DirectoryFilters;
  actionFor?: (provider: ProviderView) => ReactNode;
}) {
  const { t } = useTranslation("directory");
  const providers = useQuery(directoryQuery(filters));
  return (
    <QueryState query={providers}>
      {(list) => (
        <Stack gap="md">
          <Text role="status" fw={600}>
            {t("results", { count: list.length })}
          </Text>
          {list.map((p) => (
            <ProviderCard key={p.id} provider={p} filters={filters} action={actionFor?.(p)} />
          ))}
        </Stack>
      )}
    </QueryState>
  );
}
