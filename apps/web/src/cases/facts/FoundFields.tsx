import { Fieldset, SimpleGrid, Stack } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { CountryField, SelectField, TextField } from "../../ui/fields.tsx";
import { useOptions } from "../../ui/options.ts";
import { referralSources } from "../vocabulary.ts";

/** Who brought the case and where the child was found (the register form adds the date). */
export function FoundFields({ children }: { children?: ReactNode }) {
  const { t } = useTranslation("cases");
  const options = useOptions();
  return (
    <Fieldset legend={t("found.legend")}>
      <Stack gap="md">
        {children}
        <SelectField
          name="referralSource"
          label={t("found.referralSource")}
          options={options.of("referralSource", referralSources)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <CountryField name="foundCountry" label={t("found.country")} />
          <TextField name="foundProvince" label={t("found.province")} />
        </SimpleGrid>
        <TextField
          name="foundPlace"
          label={t("found.place")}
          description={t("found.placeDescription")}
        />
      </Stack>
    </Fieldset>
  );
}
