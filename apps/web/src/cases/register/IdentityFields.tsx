import { Fieldset, Stack } from "@mantine/core";
import { useFormContext, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { CountryField, MultiSelectField, RadioField } from "../../ui/fields.tsx";
import { useOptions } from "../../ui/options.ts";
import type { RegisterValues } from "../case-form-values.ts";

/** Nationality (possibly stateless or unknown) and the languages the child speaks. */
export function IdentityFields() {
  const { t } = useTranslation("cases");
  const options = useOptions();
  const { control } = useFormContext<RegisterValues>();
  const status = useWatch({ control, name: "person.nationalityStatus" });
  return (
    <Fieldset legend={t("identity.legend")}>
      <Stack gap="md">
        <RadioField
          name="person.nationalityStatus"
          label={t("identity.nationalityStatus")}
          options={options.of("nationalityStatus", ["known", "stateless", "unknown"])}
        />
        {status === "known" && (
          <CountryField name="person.nationality" label={t("identity.nationality")} />
        )}
        <MultiSelectField
          name="person.languages"
          label={t("identity.languages")}
          description={t("identity.languagesDescription")}
          options={options.languages()}
        />
      </Stack>
    </Fieldset>
  );
}
