import { Alert, Checkbox, Fieldset, NumberInput, Stack } from "@mantine/core";
import { AgeBasis } from "@sahabat/shared";
import { Controller, useFormContext, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { RadioField, SelectField, TextField } from "../../ui/fields.tsx";
import { useContextErrorOf } from "../../ui/form-errors.ts";
import { useOptions } from "../../ui/options.ts";
import type { RegisterValues } from "../case-form-values.ts";

/**
 * Age as an exact date of birth, an estimate (dated, so it advances), or not known. A child
 * whose age is unknown or disputed is treated as a child until assessed, and the form says so.
 */
export function AgeFields() {
  const { t } = useTranslation("cases");
  const options = useOptions();
  const { control, register } = useFormContext<RegisterValues>();
  const errorOf = useContextErrorOf();
  const [mode, isDisputed] = useWatch({ control, name: ["ageMode", "person.isAgeDisputed"] });
  return (
    <Fieldset legend={t("age.legend")}>
      <Stack gap="md">
        <RadioField
          name="ageMode"
          label={t("age.mode")}
          options={[
            { value: "exact", label: t("age.modeExact") },
            { value: "estimated", label: t("age.modeEstimated") },
            { value: "unknown", label: t("age.modeUnknown") },
          ]}
        />
        {mode === "exact" && (
          <TextField name="person.dateOfBirth" label={t("age.dateOfBirth")} type="date" />
        )}
        {mode === "estimated" && (
          <Controller
            control={control}
            name="person.estimatedAgeYears"
            render={({ field }) => (
              <NumberInput
                ref={field.ref}
                label={t("age.estimatedAgeYears")}
                description={t("age.estimatedDescription")}
                value={field.value ?? ""}
                onChange={field.onChange}
                onBlur={field.onBlur}
                min={0}
                max={120}
                allowDecimal={false}
                allowNegative={false}
                error={errorOf("person.estimatedAgeYears")}
                size="md"
                maw={240}
              />
            )}
          />
        )}
        <SelectField
          name="person.ageBasis"
          label={t("age.ageBasis")}
          options={options.of("ageBasis", AgeBasis.options)}
        />
        <Checkbox {...register("person.isAgeDisputed")} label={t("age.isAgeDisputed")} size="md" />
        {(mode === "unknown" || isDisputed) && (
          <Alert variant="light" color="sahabat" role="status">
            {t("age.presumedChild")}
          </Alert>
        )}
      </Stack>
    </Fieldset>
  );
}
