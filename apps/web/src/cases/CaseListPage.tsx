import { Button, Checkbox, Group, NativeSelect, Stack, Text, TextInput } from "@mantine/core";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSignedInSession } from "../app/signed-in.ts";
import { ButtonLink } from "../ui/ButtonLink.tsx";
import { useOptions } from "../ui/options.ts";
import { PageTitle } from "../ui/PageTitle.tsx";
import { QueryState } from "../ui/QueryState.tsx";
import { CaseTable } from "./CaseTable.tsx";
import { type CaseFilters, casePagesQuery } from "./cases-api.ts";
import { setPurpose, usePurpose } from "./purpose.ts";
import { caseStatuses, exploitationTypes, riskLevels } from "./vocabulary.ts";

/** The reader's cases: filters and name search in the URL, more pages on request. */
export function CaseListPage({ filters }: { filters: CaseFilters }) {
  const { t } = useTranslation("cases");
  const { user } = useSignedInSession();
  const navigate = useNavigate();
  const pages = useInfiniteQuery(casePagesQuery(filters));
  const filter = (change: Partial<CaseFilters>) =>
    void navigate({ to: "/cases", search: { ...filters, ...change } });
  const canRegister = user.role === "caseworker" || user.role === "supervisor";
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <PageTitle>{t("list.title")}</PageTitle>
        {canRegister && (
          <ButtonLink to="/cases/new" size="md">
            {t("register.title")}
          </ButtonLink>
        )}
      </Group>
      <NameSearch value={filters.q} onSearch={(q) => filter({ q })} />
      <Filters filters={filters} onChange={filter} />
      <PurposeField />
      <QueryState query={pages}>
        {(data) => {
          const cases = data.pages.flatMap((p) => p.cases);
          return (
            <Stack gap="md">
              {cases.length === 0 ? (
                <Text>{t("list.empty")}</Text>
              ) : (
                <CaseTable cases={cases} caption={t("list.caption")} />
              )}
              <Group>
                <Text role="status">{t("list.shown", { count: cases.length })}</Text>
                {pages.hasNextPage && (
                  <Button
                    variant="default"
                    onClick={() => void pages.fetchNextPage()}
                    loading={pages.isFetchingNextPage}
                  >
                    {t("list.more")}
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

/** Search by name: any script, with or without Vietnamese marks (the server folds them). */
function NameSearch({ value, onSearch }: { value?: string; onSearch: (q?: string) => void }) {
  const { t } = useTranslation("cases");
  const [text, setText] = useState(value ?? "");
  const [error, setError] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    if (q.length === 1) return setError(t("list.searchTooShort"));
    setError(undefined);
    onSearch(q || undefined);
  };
  return (
    <search aria-label={t("list.search")}>
      <form onSubmit={submit}>
        <Group align="flex-end">
          <TextInput
            label={t("list.search")}
            description={t("list.searchDescription")}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={error}
            size="md"
            w={360}
            maxLength={100}
          />
          <Button type="submit" size="md" variant="default">
            {t("list.searchButton")}
          </Button>
        </Group>
      </form>
    </search>
  );
}

function Filters({
  filters,
  onChange,
}: {
  filters: CaseFilters;
  onChange: (change: Partial<CaseFilters>) => void;
}) {
  const { t } = useTranslation("cases");
  const options = useOptions();
  const select = (
    label: string,
    value: string | undefined,
    items: { value: string; label: string }[],
    set: (v?: string) => void,
  ) => (
    <NativeSelect
      label={label}
      value={value ?? ""}
      onChange={(e) => set(e.currentTarget.value || undefined)}
      size="md"
    >
      <option value="">{t("list.any")}</option>
      {items.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </NativeSelect>
  );
  return (
    <Group align="flex-end" gap="md">
      {select(
        t("list.filter.status"),
        filters.status,
        options.of("caseStatus", caseStatuses),
        (v) => onChange({ status: v as CaseFilters["status"] }),
      )}
      {select(
        t("list.filter.exploitation"),
        filters.exploitationType,
        options.of("exploitationType", exploitationTypes),
        (v) => onChange({ exploitationType: v as CaseFilters["exploitationType"] }),
      )}
      {select(t("list.filter.risk"), filters.riskLevel, options.of("risk", riskLevels), (v) =>
        onChange({ riskLevel: v as CaseFilters["riskLevel"] }),
      )}
      <Checkbox
        label={t("list.filter.mine")}
        checked={filters.mine ?? false}
        onChange={(e) => onChange({ mine: e.currentTarget.checked || undefined })}
        size="md"
        mb={8}
      />
    </Group>
  );
}

function PurposeField() {
  const { t } = useTranslation("cases");
  const purpose = usePurpose();
  return (
    <TextInput
      label={t("list.purpose")}
      description={t("list.purposeDescription")}
      value={purpose}
      onChange={(e) => setPurpose(e.currentTarget.value)}
      size="md"
      maw={560}
      maxLength={200}
    />
  );
}
