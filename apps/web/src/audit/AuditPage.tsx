import { Button, Group, NativeSelect, Stack, Text } from "@mantine/core";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { organisationsQuery } from "../organisations/organisations-api.ts";
import { PageTitle } from "../ui/PageTitle.tsx";
import { QueryState } from "../ui/QueryState.tsx";
import { AuditTable } from "./AuditTable.tsx";
import { type AuditFilters, auditPagesQuery, knownActions } from "./audit-api.ts";

/** The audit trail: who did what, when and from where; filterable, paged backwards in time. */
export function AuditPage({ filters }: { filters: AuditFilters }) {
  const { t } = useTranslation("audit");
  const navigate = useNavigate();
  const pages = useInfiniteQuery(auditPagesQuery(filters));
  const organisations = useQuery(organisationsQuery);
  const filter = (change: AuditFilters) =>
    void navigate({ to: "/audit", search: { ...filters, ...change } });
  return (
    <Stack gap="lg">
      <PageTitle>{t("title")}</PageTitle>
      <Text maw={760}>{t("intro")}</Text>
      <Group align="flex-end">
        <NativeSelect
          label={t("filter.action")}
          value={filters.action ?? ""}
          onChange={(e) => filter({ action: e.currentTarget.value || undefined })}
          size="md"
        >
          <option value="">{t("filter.allActions")}</option>
          {knownActions.map((action) => (
            <option key={action} value={action}>
              {t(`action.${action}`)}
            </option>
          ))}
        </NativeSelect>
        {(organisations.data?.length ?? 0) > 1 && (
          <NativeSelect
            label={t("filter.organisation")}
            value={filters.organisationId ?? ""}
            onChange={(e) => filter({ organisationId: e.currentTarget.value || undefined })}
            size="md"
            maw={420}
          >
            <option value="">{t("filter.allOrganisations")}</option>
            {organisations.data?.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </NativeSelect>
        )}
      </Group>
      <QueryState query={pages}>
        {(data) => {
          const entries = data.pages.flatMap((p) => p.entries);
          return (
            <Stack gap="md">
              <AuditTable entries={entries} />
              <Group>
                <Text role="status">{t("shown", { count: entries.length })}</Text>
                {pages.hasNextPage && (
                  <Button
                    variant="default"
                    onClick={() => void pages.fetchNextPage()}
                    loading={pages.isFetchingNextPage}
                  >
                    {t("older")}
                  </Button>
                )}
              </Group>
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
