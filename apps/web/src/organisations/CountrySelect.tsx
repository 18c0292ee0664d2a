import {
  type ComboboxItem,
  type ComboboxParsedItem,
  type OptionsFilter,
  Select,
} from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../ui/format.ts";
import { countriesQuery } from "./organisations-api.ts";

// "Viet" finds "Việt Nam" and "Timor" finds "Timor-Leste": users on borrowed keyboards often
// cannot type diacritics, so search ignores them (and case).
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();
}

const filterIgnoringMarks: OptionsFilter = ({ options, search }) => {
  const needle = fold(search.trim());
  const matches = (item: ComboboxItem) => fold(item.label).includes(needle);
  return options.flatMap((option): ComboboxParsedItem[] => {
    if (!("group" in option)) return matches(option) ? [option] : [];
    const items = option.items.filter(matches);
    return items.length ? [{ ...option, items }] : [];
  });
};

type Props = {
  value: string | undefined;
  onChange: (code: string | undefined) => void;
  onBlur: () => void;
  error: string | undefined;
  ref?: React.Ref<HTMLInputElement>;
  /** The field's label where it is not an organisation's country (a place on a journey). */
  label?: string;
  description?: string;
  isClearable?: boolean;
};

/** A country, named in the interface language; the ASEAN member states come first. */
export function CountrySelect({
  value,
  onChange,
  onBlur,
  error,
  ref,
  label,
  description,
  isClearable = false,
}: Props) {
  const { t, i18n } = useTranslation("admin");
  const format = useFormat();
  const countries = useQuery(countriesQuery);
  const data = useMemo(() => {
    const collator = new Intl.Collator(i18n.language);
    const item = (c: { code: string; name: string }) => ({
      value: c.code,
      label: format.country(c.code, c.name),
    });
    const all = countries.data ?? [];
    const others = all.filter((c) => !c.isAsean).map(item);
    others.sort((a, b) => collator.compare(a.label, b.label));
    return [
      { group: t("country.asean"), items: all.filter((c) => c.isAsean).map(item) },
      { group: t("country.others"), items: others },
    ];
  }, [countries.data, format, i18n.language, t]);
  return (
    <Select
      ref={ref}
      label={label ?? t("organisation.country")}
      description={description}
      clearable={isClearable}
      clearButtonProps={{ "aria-label": t("clear", { ns: "common" }) }}
      data={data}
      value={value || null}
      onChange={(code) => onChange(code ?? undefined)}
      onBlur={onBlur}
      searchable
      filter={filterIgnoringMarks}
      nothingFoundMessage={t("country.nothingFound")}
      error={error}
      size="md"
      maxDropdownHeight={320}
      disabled={countries.isPending}
    />
  );
}
