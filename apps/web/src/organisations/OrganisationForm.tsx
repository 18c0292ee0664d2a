import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Group, NativeSelect, Stack, TextInput } from "@mantine/core";
import { agencyTypes, OrganisationCreateBody, type OrganisationView } from "@sahabat/shared";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Controller, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { showFieldErrors, useFieldError } from "../ui/form-errors.ts";
import { ProblemAlert } from "../ui/ProblemAlert.tsx";
import { CountrySelect } from "./CountrySelect.tsx";
import { createOrganisation, updateOrganisation } from "./organisations-api.ts";

type Values = z.input<typeof OrganisationCreateBody>;
const fields = ["name", "agencyType", "countryCode", "province"] as const;

type Props = {
  /** The organisation to change; without it the form adds a new one. */
  organisation?: OrganisationView;
  onSaved: (organisation: OrganisationView) => void;
  onCancel: () => void;
};

/** Adds an organisation, or changes one: name in any script, agency type, country, province. */
export function OrganisationForm({ organisation, onSaved, onCancel }: Props) {
  const { t } = useTranslation("admin");
  const fieldError = useFieldError();
  const queryClient = useQueryClient();
  const form = useForm<Values, unknown, z.output<typeof OrganisationCreateBody>>({
    resolver: zodResolver(OrganisationCreateBody),
    defaultValues: {
      name: organisation?.name ?? "",
      agencyType: organisation?.agencyType,
      countryCode: organisation?.countryCode,
      province: organisation?.province ?? undefined,
    },
  });
  const save = useMutation({
    mutationFn: (values: z.output<typeof OrganisationCreateBody>) => {
      if (!organisation) return createOrganisation(values);
      // Only what changed is sent, so two administrators editing different fields do not clash.
      const dirty = form.formState.dirtyFields;
      const changes = Object.fromEntries(fields.filter((f) => dirty[f]).map((f) => [f, values[f]]));
      return updateOrganisation(organisation.id, changes);
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(["organisations", saved.id], saved);
      await queryClient.invalidateQueries({ queryKey: ["organisations"], exact: true });
      onSaved(saved);
    },
    onError: (error) => showFieldErrors(form.setError, error, fields),
  });
  const onSubmit = form.handleSubmit((values) => save.mutate(values));
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md" maw={560}>
        <ProblemAlert error={save.error} />
        <TextInput
          {...form.register("name")}
          label={t("organisation.name")}
          description={t("organisation.nameDescription")}
          size="md"
          error={fieldError(errors.name)}
        />
        <NativeSelect
          {...form.register("agencyType")}
          label={t("organisation.agencyType")}
          size="md"
          error={fieldError(errors.agencyType)}
        >
          <option value="">{t("choose")}</option>
          {agencyTypes.map((type) => (
            <option key={type} value={type}>
              {t(`agencyType.${type}`, { ns: "common" })}
            </option>
          ))}
        </NativeSelect>
        <Controller
          control={form.control}
          name="countryCode"
          render={({ field }) => (
            <CountrySelect
              ref={field.ref}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldError(errors.countryCode)}
            />
          )}
        />
        <TextInput
          {...form.register("province", {
            setValueAs: (v?: string) => (v?.trim() ? v : undefined),
          })}
          label={t("organisation.province")}
          description={t("optional")}
          size="md"
          error={fieldError(errors.province)}
        />
        <Group>
          <Button type="submit" size="md" loading={save.isPending}>
            {organisation ? t("save") : t("organisation.create")}
          </Button>
          <Button variant="default" size="md" onClick={onCancel}>
            {t("cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
