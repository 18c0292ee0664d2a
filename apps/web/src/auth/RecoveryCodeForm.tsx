import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Stack, TextInput } from "@mantine/core";
import { SecondFactorBody } from "@sahabat/shared";
import { useMutation } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { showFieldErrors, useFieldError } from "../ui/form-errors.ts";
import { ProblemAlert } from "../ui/ProblemAlert.tsx";
import { postSecondFactor } from "./auth-api.ts";
import { useContinueSigningIn } from "./use-continue-signing-in.ts";

// The recovery-code branch of the shared second-factor body.
const RecoveryCodeBody = SecondFactorBody.options[1];

/** Signing in with one of the ten recovery codes when the phone is lost. */
export function RecoveryCodeForm() {
  const { t } = useTranslation("auth");
  const fieldError = useFieldError();
  const continueSigningIn = useContinueSigningIn();
  const form = useForm({
    resolver: zodResolver(RecoveryCodeBody),
    defaultValues: { recoveryCode: "" },
  });
  const send = useMutation({
    mutationFn: async (body: { recoveryCode: string }) => {
      await postSecondFactor(body);
      await continueSigningIn();
    },
    meta: { isSignInStep: true },
    onError: (error) => showFieldErrors(form.setError, error, ["recoveryCode"]),
  });
  const onSubmit = form.handleSubmit((values) => send.mutate(values));
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <ProblemAlert error={send.error} />
        <TextInput
          {...form.register("recoveryCode", { setValueAs: (v: string) => v.trim().toLowerCase() })}
          label={t("recovery.label")}
          description={t("recovery.description")}
          autoComplete="off"
          spellCheck={false}
          size="md"
          error={fieldError(form.formState.errors.recoveryCode)}
        />
        <Button
          type="submit"
          size="md"
          loading={send.isPending}
          style={{ alignSelf: "flex-start" }}
        >
          {t("code.submit")}
        </Button>
      </Stack>
    </form>
  );
}
