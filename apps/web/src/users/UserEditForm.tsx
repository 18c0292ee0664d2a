import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Checkbox, NativeSelect, Stack, Text, TextInput } from "@mantine/core";
import { UserUpdateBody, type UserView } from "@sahabat/shared";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { showFieldErrors, useFieldError } from "../ui/form-errors.ts";
import { ProblemAlert } from "../ui/ProblemAlert.tsx";
import { LocaleOptions, RoleOptions } from "./options.tsx";
import { updateUser } from "./users-api.ts";

const fields = ["displayName", "role", "locale", "disabled"] as const;
type Changes = z.output<typeof UserUpdateBody>;

type Props = { user: UserView; onSaved: () => void; onChanging: () => void };

/** Changes a person's name, role or language, or disables the account. */
export function UserEditForm({ user, onSaved, onChanging }: Props) {
  const { t } = useTranslation("admin");
  const fieldError = useFieldError();
  const queryClient = useQueryClient();
  const [isUnchanged, setUnchanged] = useState(false);
  const form = useForm<z.input<typeof UserUpdateBody>, unknown, Changes>({
    resolver: zodResolver(UserUpdateBody),
    defaultValues: {
      displayName: user.displayName,
      role: user.role,
      locale: user.locale,
      disabled: user.disabled,
    },
  });
  const save = useMutation({
    mutationFn: (changes: Changes) => updateUser(user.id, changes),
    onSuccess: async (saved) => {
      queryClient.setQueryData(["users", saved.id], saved);
      await queryClient.invalidateQueries({
        queryKey: ["users", { organisationId: saved.organisationId }],
      });
      form.reset({
        displayName: saved.displayName,
        role: saved.role,
        locale: saved.locale,
        disabled: saved.disabled,
      });
      onSaved();
    },
    onError: (error) => showFieldErrors(form.setError, error, fields),
  });
  // Only changed fields are sent: the audit entry then names exactly what changed.
  const onSubmit = form.handleSubmit((values) => {
    onChanging();
    const dirty = form.formState.dirtyFields;
    const changes: Changes = {};
    if (dirty.displayName) changes.displayName = values.displayName;
    if (dirty.role) changes.role = values.role;
    if (dirty.locale) changes.locale = values.locale;
    if (dirty.disabled) changes.disabled = values.disabled;
    setUnchanged(Object.keys(changes).length === 0);
    if (Object.keys(changes).length > 0) save.mutate(changes);
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md" maw={560}>
        <ProblemAlert error={save.error} />
        {isUnchanged && <Text role="status">{t("user.nothingChanged")}</Text>}
        <TextInput
          {...form.register("displayName")}
          label={t("user.displayName")}
          size="md"
          error={fieldError(errors.displayName)}
        />
        <NativeSelect
          {...form.register("role")}
          label={t("user.role")}
          description={t("user.roleDescription")}
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
        <Checkbox
          {...form.register("disabled")}
          label={t("user.disabled")}
          description={t("user.disabledDescription")}
          size="md"
          error={fieldError(errors.disabled)}
        />
        <Button
          type="submit"
          size="md"
          loading={save.isPending}
          style={{ alignSelf: "flex-start" }}
        >
          {t("save")}
        </Button>
      </Stack>
    </form>
  );
}
