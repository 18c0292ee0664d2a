import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Group, NativeSelect, Stack, TextInput, Title } from "@mantine/core";
import { type OrganisationView, UserCreateBody, type UserView } from "@sahabat/shared";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { showFieldErrors, useFieldError } from "../ui/form-errors.ts";
import { PasswordField } from "../ui/PasswordField.tsx";
import { ProblemAlert } from "../ui/ProblemAlert.tsx";
import { LocaleOptions, localeForCountry, RoleOptions } from "./options.tsx";
import { createUser } from "./users-api.ts";

const fields = ["email", "displayName", "role", "locale", "password"] as const;

type Props = {
  organisation: OrganisationView;
  onCreated: (user: UserView) => void;
  onCancel: () => void;
};

/** Adds a person to an organisation with a role and a first password. */
export function UserCreateForm({ organisation, onCreated, onCancel }: Props) {
  const { t } = useTranslation("admin");
  const fieldError = useFieldError();
  const queryClient = useQueryClient();
  const form = useForm<z.input<typeof UserCreateBody>, unknown, z.output<typeof UserCreateBody>>({
    resolver: zodResolver(UserCreateBody),
    defaultValues: {
      organisationId: organisation.id,
      email: "",
      displayName: "",
      role: "caseworker",
      locale: localeForCountry(organisation.countryCode),
      password: "",
    },
  });
  const create = useMutation({
    mutationFn: createUser,
    onSuccess: async (user) => {
      await queryClient.invalidateQueries({ queryKey: ["users"] });
      onCreated(user);
    },
    onError: (error) => showFieldErrors(form.setError, error, fields),
  });
  const onSubmit = form.handleSubmit((values) => create.mutate(values));
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="new-user">
      <Stack gap="md" maw={560}>
        <Title order={3} id="new-user">
          {t("users.new")}
        </Title>
        <ProblemAlert error={create.error} />
        <TextInput
          {...form.register("displayName")}
          label={t("user.displayName")}
          description={t("user.displayNameDescription")}
          size="md"
          error={fieldError(errors.displayName)}
        />
        <TextInput
          {...form.register("email")}
          label={t("user.email")}
          type="email"
          autoComplete="off"
          size="md"
          error={fieldError(errors.email)}
        />
        <NativeSelect
          {...form.register("role")}
          label={t("user.role")}
          size="md"
          error={fieldError(errors.role)}
        >
          <RoleOptions />
        </NativeSelect>
        <NativeSelect
          {...form.register("locale")}
          label={t("user.localeField")}
          size="md"
          error={fieldError(errors.locale)}
        >
          <LocaleOptions />
        </NativeSelect>
        <PasswordField
          {...form.register("password")}
          label={t("user.firstPassword")}
          description={t("user.firstPasswordDescription")}
          autoComplete="new-password"
          error={fieldError(errors.password)}
        />
        <Group>
          <Button type="submit" size="md" loading={create.isPending}>
            {t("users.create")}
          </Button>
          <Button variant="default" size="md" onClick={onCancel}>
            {t("cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
