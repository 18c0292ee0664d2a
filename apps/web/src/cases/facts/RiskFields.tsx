import { Fieldset, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { RadioField, TextAreaField } from "../../ui/fields.tsx";
import { useOptions } from "../../ui/options.ts";
import { riskLevels } from "../vocabulary.ts";

/** The risk to the child now, with the reason. */
export function RiskFields() {
  const { t } = useTranslation("cases");
  const options = useOptions();
  return (
    <Fieldset legend={t("risk.legend")}>
      <Stack gap="md">
        <RadioField
          name="riskLevel"
          label={t("risk.level")}
          options={options.of("risk", riskLevels)}
        />
        <TextAreaField name="riskReason" label={t("risk.reason")} />
      </Stack>
    </Fieldset>
  );
}
