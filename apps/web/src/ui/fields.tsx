import {
  Checkbox,
  MultiSelect,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import type { ReactNode } from "react";
import { Controller, useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { CountrySelect } from "../organisations/CountrySelect.tsx";
import { useContextErrorOf } from "./form-errors.ts";

/*
 * Fields of long forms, bound by name to the surrounding react-hook-form FormProvider. Each has
 * a visible label and shows its error next to it (linked by aria-describedby through Mantine).
 */

export type Option = { value: string; label: string };
type Base = { name: string; label: string; description?: ReactNode };

const emptyToUndefined = (v: string) => (v === "" ? undefined : v);

/** A line of text; an optional field sends nothing when left empty. */
export function TextField({ name, label, description, type }: Base & { type?: "text" | "date" }) {
  const { register } = useFormContext();
  const errorOf = useContextErrorOf();
  return (
    <TextInput
      {...register(name)}
      type={type}
      label={label}
      description={description}
      size="md"
      error={errorOf(name)}
    />
  );
}

/** Several lines of text. */
export function TextAreaField({ name, label, description }: Base) {
  const { register } = useFormContext();
  const errorOf = useContextErrorOf();
  return (
    <Textarea
      {...register(name)}
      label={label}
      description={description}
      size="md"
      autosize
      minRows={3}
      error={errorOf(name)}
    />
  );
}

/** One choice from a short list, as the browser's own select (best with a keyboard and on phones). */
export function SelectField({
  name,
  label,
  description,
  options,
  isOptional = false,
}: Base & { options: Option[]; isOptional?: boolean }) {
  const { t } = useTranslation();
  const { register } = useFormContext();
  const errorOf = useContextErrorOf();
  return (
    <NativeSelect
      {...register(name, { setValueAs: emptyToUndefined })}
      label={label}
      description={description}
      size="md"
      error={errorOf(name)}
    >
      <option value="">{isOptional ? t("notRecorded") : t("choose")}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </NativeSelect>
  );
}

/** One choice from a few, all visible. */
export function RadioField({ name, label, description, options }: Base & { options: Option[] }) {
  const { control } = useFormContext();
  const errorOf = useContextErrorOf();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Radio.Group
          label={label}
          description={description}
          value={field.value ?? ""}
          onChange={field.onChange}
          error={errorOf(name)}
          size="md"
        >
          <Stack gap="xs" mt="xs">
            {options.map((o) => (
              <Radio key={o.value} value={o.value} label={o.label} />
            ))}
          </Stack>
        </Radio.Group>
      )}
    />
  );
}

/** Any number of choices, all visible (a group named by its legend). */
export function CheckboxesField({
  name,
  label,
  description,
  options,
  cols = 2,
}: Base & { options: Option[]; cols?: number }) {
  const { control } = useFormContext();
  const errorOf = useContextErrorOf();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Checkbox.Group
          label={label}
          description={description}
          value={field.value ?? []}
          onChange={field.onChange}
          error={errorOf(name)}
          size="md"
        >
          <SimpleGrid cols={{ base: 1, sm: cols }} spacing="xs" mt="xs">
            {options.map((o) => (
              <Checkbox key={o.value} value={o.value} label={o.label} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      )}
    />
  );
}

/** Any number of choices from a long list, searchable. */
export function MultiSelectField({
  name,
  label,
  description,
  options,
}: Base & { options: Option[] }) {
  const { t } = useTranslation();
  const { control } = useFormContext();
  const errorOf = useContextErrorOf();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <MultiSelect
          ref={field.ref}
          label={label}
          description={description}
          data={options}
          value={field.value ?? []}
          onChange={field.onChange}
          onBlur={field.onBlur}
          searchable
          nothingFoundMessage={t("nothingFound")}
          error={errorOf(name)}
          size="md"
        />
      )}
    />
  );
}

/** A country, searchable, ASEAN members first. */
export function CountryField({ name, label, description }: Base & { description?: string }) {
  const { control } = useFormContext();
  const errorOf = useContextErrorOf();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <CountrySelect
          ref={field.ref}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={errorOf(name)}
          label={label}
          description={description}
          isClearable
        />
      )}
    />
  );
}
