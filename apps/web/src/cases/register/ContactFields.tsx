import { Button, Checkbox, Fieldset, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { useFieldArray, useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { CountryField, SelectField, TextField } from "../../ui/fields.tsx";
import { useOptions } from "../../ui/options.ts";
import type { RegisterValues } from "../case-form-values.ts";
import { contactRelations, documentTypes } from "../vocabulary.ts";

/** The guardian and other contacts of the child (identifying: reading them is audited). */
export function ContactFields() {
  const { t } = useTranslation("cases");
  const options = useOptions();
  const { control, register } = useFormContext<RegisterValues>();
  const contacts = useFieldArray({ control, name: "person.contacts" });
  return (
    <Fieldset legend={t("contacts.legend")}>
      <Stack gap="md">
        {contacts.fields.length === 0 && <Text c="dimmed">{t("contacts.none")}</Text>}
        {contacts.fields.map((field, index) => {
          const name = `person.contacts.${index}` as const;
          return (
            <Fieldset
              key={field.id}
              legend={t("contacts.item", { number: index + 1 })}
              variant="filled"
            >
              <Stack gap="sm">
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <SelectField
                    name={`${name}.relation`}
                    label={t("contacts.relation")}
                    options={options.of("contactRelation", contactRelations)}
                  />
                  <TextField name={`${name}.name`} label={t("contacts.name")} />
                  <TextField
                    name={`${name}.phone`}
                    label={t("contacts.phone")}
                    description={t("contacts.phoneDescription")}
                  />
                </SimpleGrid>
                <Checkbox
                  {...register(`${name}.isLegalGuardian`)}
                  label={t("contacts.isLegalGuardian")}
                  size="md"
                />
                <Group>
                  <Button variant="subtle" onClick={() => contacts.remove(index)}>
                    {t("contacts.remove", { number: index + 1 })}
                  </Button>
                </Group>
              </Stack>
            </Fieldset>
          );
        })}
        <Group>
          <Button
            variant="default"
            disabled={contacts.fields.length >= 10}
            onClick={() =>
              contacts.append({ relation: "guardian", name: "", phone: "", isLegalGuardian: false })
            }
          >
            {t("contacts.add")}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

/** Identity documents of the child (identifying). */
export function DocumentFields() {
  const { t } = useTranslation("cases");
  const options = useOptions();
  const { control } = useFormContext<RegisterValues>();
  const documents = useFieldArray({ control, name: "person.documents" });
  return (
    <Fieldset legend={t("documents.legend")}>
      <Stack gap="md">
        {documents.fields.length === 0 && <Text c="dimmed">{t("documents.none")}</Text>}
        {documents.fields.map((field, index) => {
          const name = `person.documents.${index}` as const;
          return (
            <Fieldset
              key={field.id}
              legend={t("documents.item", { number: index + 1 })}
              variant="filled"
            >
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <SelectField
                  name={`${name}.documentType`}
                  label={t("documents.documentType")}
                  options={options.of("documentType", documentTypes)}
                />
                <TextField name={`${name}.number`} label={t("documents.documentNumber")} />
                <CountryField
                  name={`${name}.issuingCountry`}
                  label={t("documents.issuingCountry")}
                />
              </SimpleGrid>
              <Group mt="sm">
                <Button variant="subtle" onClick={() => documents.remove(index)}>
                  {t("documents.remove", { number: index + 1 })}
                </Button>
              </Group>
            </Fieldset>
          );
        })}
        <Group>
          <Button
            variant="default"
            disabled={documents.fields.length >= 10}
            onClick={() => documents.append({ documentType: "national_id", number: "" })}
          >
            {t("documents.add")}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
