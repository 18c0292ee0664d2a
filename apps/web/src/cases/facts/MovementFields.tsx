import { Button, Fieldset, Group, SimpleGrid, Stack } from "@mantine/core";
import { useFieldArray, useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { CountryField, RadioField, TextField } from "../../ui/fields.tsx";
import { useOptions } from "../../ui/options.ts";
import { borderCrossings } from "../vocabulary.ts";

function PlaceFields({ name, title }: { name: string; title: string }) {
  const { t } = useTranslation("cases");
  return (
    // A group named by its legend: "Country" is read as "Where the child came from, Country".
    <Fieldset
      legend={title}
      variant="unstyled"
      styles={{ legend: { fontWeight: 600, fontSize: "var(--mantine-font-size-md)" } }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <CountryField name={`${name}.country`} label={t("movement.country")} />
        <TextField name={`${name}.province`} label={t("movement.province")} />
      </SimpleGrid>
    </Fieldset>
  );
}

/** Where the child came from, passed through and was taken, and how the border was crossed. */
export function MovementFields() {
  const { t } = useTranslation("cases");
  const options = useOptions();
  const { control } = useFormContext();
  const transit = useFieldArray({ control, name: "transit" });
  return (
    <Fieldset legend={t("movement.legend")}>
      <Stack gap="lg">
        <PlaceFields name="origin" title={t("movement.origin")} />
        {transit.fields.map((field, index) => (
          <Stack key={field.id} gap={4}>
            <PlaceFields
              name={`transit.${index}`}
              title={t("movement.transitPlace", { number: index + 1 })}
            />
            <Group>
              <Button variant="subtle" onClick={() => transit.remove(index)}>
                {t("movement.removeTransit", { number: index + 1 })}
              </Button>
            </Group>
          </Stack>
        ))}
        <Group>
          <Button
            variant="default"
            onClick={() => transit.append({ country: "", province: "" })}
            disabled={transit.fields.length >= 10}
          >
            {t("movement.addTransit")}
          </Button>
        </Group>
        <PlaceFields name="destination" title={t("movement.destination")} />
        <RadioField
          name="borderCrossing"
          label={t("movement.borderCrossing")}
          options={options.of("borderCrossing", borderCrossings)}
        />
      </Stack>
    </Fieldset>
  );
}
