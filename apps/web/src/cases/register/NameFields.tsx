import { Fieldset, SimpleGrid, Stack, TagsInput } from "@mantine/core";
import { Sex } from "@sahabat/shared";
import { Controller, useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { RadioField, SelectField, TextField } from "../../ui/fields.tsx";
import { useContextErrorOf } from "../../ui/form-errors.ts";
import { useOptions } from "../../ui/options.ts";

/** The child's names in their own script and in Latin letters, other names, and sex. */
export function NameFields() {
  const { t } = useTranslation("cases");
  const options = useOptions();
  const { control } = useFormContext();
  const errorOf = useContextErrorOf();
  return (
    <Fieldset legend={t("person.legend")}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextField
            name="person.givenName"
            label={t("person.givenName")}
            description={t("person.givenNameDescription")}
          />
          <TextField
            name="person.familyName"
            label={t("person.familyName")}
            description={t("person.familyNameDescription")}
          />
          <TextField
            name="person.givenNameLatin"
            label={t("person.givenNameLatin")}
            description={t("person.latinDescription")}
          />
          <TextField
            name="person.familyNameLatin"
            label={t("person.familyNameLatin")}
            description={t("person.latinDescription")}
          />
        </SimpleGrid>
        <RadioField
          name="person.nameOrder"
          label={t("person.nameOrder")}
          options={options.of("nameOrder", ["given_first", "family_first"])}
        />
        <Controller
          control={control}
          name="person.otherNames"
          render={({ field }) => (
            <TagsInput
              ref={field.ref}
              label={t("person.otherNames")}
              description={t("person.otherNamesDescription")}
              value={field.value ?? []}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={errorOf("person.otherNames")}
              size="md"
              maxTags={20}
            />
          )}
        />
        <SelectField
          name="person.sex"
          label={t("person.sex")}
          options={options.of("sex", Sex.options)}
        />
      </Stack>
    </Fieldset>
  );
}
