import { Button, Stack, Text } from "@mantine/core";
import { type CaseDetail, type ProviderView, Sex } from "@sahabat/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ServiceCode } from "../../cases/vocabulary.ts";
import { DirectoryFilters } from "../../directory/DirectoryFilters.tsx";
import type { DirectoryFilters as Filters } from "../../directory/directory-api.ts";
import { ProviderList } from "../../directory/ProviderList.tsx";
import { StepHeading } from "./StepHeading.tsx";

/** The directory, searched for the planned service and this child: language, age, sex, a bed. */
function filtersFor(c: CaseDetail, service: ServiceCode): Filters {
  const { person } = c;
  return {
    service,
    language: person.languages[0],
    age: person.age.years ?? undefined,
    sex: person.sex === "unknown" ? undefined : Sex.safeParse(person.sex).data,
    // Family-based care that cannot start at once means a bed in a shelter tonight.
    hasFreeBed: service === "MSP03" ? true : undefined,
  };
}

export function ChooseProviderStep(props: {
  c: CaseDetail;
  service: ServiceCode;
  onChoose: (provider: ProviderView) => void;
}) {
  const { t } = useTranslation("referrals");
  const [filters, setFilters] = useState(() => filtersFor(props.c, props.service));
  return (
    <Stack gap="lg">
      <StepHeading>{t("wizard.provider.title")}</StepHeading>
      <Text>{t("wizard.provider.intro")}</Text>
      <DirectoryFilters filters={filters} onSearch={setFilters} />
      <ProviderList
        filters={filters}
        actionFor={(p) =>
          p.can.refer ? (
            <Button onClick={() => props.onChoose(p)}>
              {t("wizard.provider.choose", { name: p.name })}
            </Button>
          ) : (
            <Text c="dimmed">{t("wizard.provider.external")}</Text>
          )
        }
      />
    </Stack>
  );
}
