import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  TextInput,
} from "@mantine/core";
import { Sex, serviceKeys } from "@sahabat/shared";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { CountrySelect } from "../organisations/CountrySelect.tsx";
import { useOptions } from "../ui/options.ts";
import type { DirectoryFilters as Filters } from "./directory-api.ts";

/** The directory's search: service, language, the child's age and sex, place, free beds. */
export function DirectoryFilters({
  filters,
  onSearch,
}: {
  filters: Filters;
  onSearch: (filters: Filters) => void;
}) {
  const { t } = useTranslation("directory");
  const options = useOptions();
  const [draft, setDraft] = useState<Filters>(filters);
  const set = (change: Partial<Filters>) => setDraft((d) => ({ ...d, ...change }));
  const select = (
    label: string,
    key: "service" | "language" | "sex",
    items: { value: string; label: string }[],
  ) => (
    <NativeSelect
      label={label}
      value={draft[key] ?? ""}
      onChange={(e) => set({ [key]: e.currentTarget.value || undefined })}
      size="md"
    >
      <option value="">{t("filter.any")}</option>
      {items.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </NativeSelect>
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch({ ...draft, province: draft.province?.trim() || undefined });
  };
  return (
    <search aria-label={t("filter.label")}>
      <form onSubmit={submit}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
          {select(t("filter.service"), "service", options.of("service", serviceKeys))}
          {select(t("filter.language"), "language", options.languages())}
          <NumberInput
            label={t("filter.age")}
            value={draft.age ?? ""}
            onChange={(v) => set({ age: v === "" ? undefined : Number(v) })}
            min={0}
            max={120}
            allowDecimal={false}
            allowNegative={false}
            size="md"
          />
          {select(t("filter.sex"), "sex", options.of("sex", Sex.options))}
          <CountrySelect
            label={t("filter.country")}
            value={draft.countryCode}
            onChange={(countryCode) => set({ countryCode })}
            onBlur={() => undefined}
            error={undefined}
            isClearable
          />
          <TextInput
            label={t("filter.province")}
            value={draft.province ?? ""}
            onChange={(e) => set({ province: e.currentTarget.value })}
            size="md"
          />
        </SimpleGrid>
        <Group mt="md" align="center">
          <Checkbox
            label={t("filter.hasFreeBed")}
            checked={draft.hasFreeBed ?? false}
            onChange={(e) => set({ hasFreeBed: e.currentTarget.checked || undefined })}
            size="md"
          />
          <Button type="submit" size="md">
            {t("filter.search")}
          </Button>
        </Group>
      </form>
    </search>
  );
}
