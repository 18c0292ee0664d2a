import { Stack, Text } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../ui/PageTitle.tsx";
import { DirectoryFilters } from "./DirectoryFilters.tsx";
import type { DirectoryFilters as Filters } from "./directory-api.ts";
import { ProviderList } from "./ProviderList.tsx";

/** The service directory: search providers by service, language, age, sex, place and beds. */
export function DirectoryPage({ filters }: { filters: Filters }) {
  const { t } = useTranslation("directory");
  const navigate = useNavigate();
  return (
    <Stack gap="lg" maw={1000}>
      <PageTitle>{t("title")}</PageTitle>
      <Text>{t("intro")}</Text>
      <DirectoryFilters
        filters={filters}
        onSearch={(search) => void navigate({ to: "/directory", search })}
      />
      <ProviderList filters={filters} />
    </Stack>
  );
}
