import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Stack } from "@mantine/core";
import { PasswordChangeBody } from "@sahabat/shared";
import { useMutation } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { apiRequest } from "../app/api-client.ts";
import { showFieldErrors, useFieldError } from "../ui/form-errors.ts";
import { PasswordField } from "../ui/PasswordField.tsx";
import { ProblemAlert } from "../ui/ProblemAlert.tsx";

const fields = ["currentPassword", "newPassword"] as const;

/** Changing one's own password; the server ends the account's other sessions. */
export function PasswordForm() {
  const { t } = useTranslation("account");
  const fieldError = useFieldError();
  const form = useForm({
    resolver: zodResolver(PasswordChangeBody),
    defaultValues: { currentPassword: "", newPassword: "" },
  });
  const change = useMutation({
    mutationFn: (body: z.output<typeof PasswordChangeBody>) =>
      apiRequest("POST", "/api/auth/password", { schema: z.object({ ok: z.literal(true) }), body }),
    onSuccess: () => form.reset(),
    onError: (error) => showFieldErrors(form.setError, error, fields),
  });
  const onSubmit = form.handleSubmit((values) => change.mutate(values));
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md" maw={480}>
        {change.isSuccess && (
          <Alert role="status" variant="light">
            {t("password.changed")}
          </Alert>
        )}
        <ProblemAlert error={change.error} />
        <PasswordField
          {...form.register("currentPassword")}
          label={t("password.current")}
          autoComplete="current-password"
          error={fieldError(errors.currentPassword)}
        />
        <PasswordField
          {...form.register("newPassword")}
          label={t("password.new")}
          description={t("password.newDescription")}
          autoComplete="new-password"
          error={fieldError(errors.newPassword)}
        />
        <Button type="submit" loading={change.isPending} style={{ alignSelf: "flex-start" }}>
          {t("password.submit")}
        </Button>
      </Stack>
    </form>
  );
}
