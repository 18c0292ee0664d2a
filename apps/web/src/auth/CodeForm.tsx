import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Stack, TextInput } from "@mantine/core";
import { EnrolmentConfirmBody, type RecoveryCodes } from "@sahabat/shared";
import { useMutation } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { showFieldErrors, useFieldError } from "../ui/form-errors.ts";
import { ProblemAlert } from "../ui/ProblemAlert.tsx";
import { postEnrolmentConfirm, postSecondFactor } from "./auth-api.ts";
import { useContinueSigningIn } from "./use-continue-signing-in.ts";

type Props =
  | { purpose: "signIn" }
  | { purpose: "enrolment"; onEnrolled: (codes: z.output<typeof RecoveryCodes>) => void };

/** The six-digit code from the authenticator app, to sign in or to confirm enrolment. */
export function CodeForm(props: Props) {
  const { t } = useTranslation("auth");
  const fieldError = useFieldError();
  const continueSigningIn = useContinueSigningIn();
  // Both steps take the same body ({ code }); the schema is shared with the server.
  const form = useForm({
    resolver: zodResolver(EnrolmentConfirmBody),
    defaultValues: { code: "" },
  });
  const send = useMutation({
    mutationFn: async (body: { code: string }) => {
      if (props.purpose === "signIn") {
        await postSecondFactor(body);
        await continueSigningIn();
      } else {
        props.onEnrolled(await postEnrolmentConfirm(body));
      }
    },
    meta: { isSignInStep: true },
    onError: (error) => showFieldErrors(form.setError, error, ["code"]),
  });
  const onSubmit = form.handleSubmit((values) => send.mutate(values));
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <ProblemAlert error={send.error} />
        <TextInput
          {...form.register("code")}
          label={t("code.label")}
          description={t("code.description")}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          size="md"
          w={{ base: "100%", xs: 260 }}
          error={fieldError(form.formState.errors.code)}
        />
        <Button
          type="submit"
          size="md"
          loading={send.isPending}
          style={{ alignSelf: "flex-start" }}
        >
          {props.purpose === "signIn" ? t("code.submit") : t("code.confirm")}
        </Button>
      </Stack>
    </form>
  );
}
