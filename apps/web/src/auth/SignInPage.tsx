import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Stack, TextInput } from "@mantine/core";
import { SignInBody } from "@sahabat/shared";
import { useMutation } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { ApiError } from "../app/api-client.ts";
import { useFieldError } from "../ui/form-errors.ts";
import { PasswordField } from "../ui/PasswordField.tsx";
import { ProblemAlert } from "../ui/ProblemAlert.tsx";
import { postSignIn } from "./auth-api.ts";
import { SignInFrame } from "./SignInFrame.tsx";
import { useContinueSigningIn } from "./use-continue-signing-in.ts";

/** First step of signing in: e-mail address and password. */
export function SignInPage() {
  const { t } = useTranslation("auth");
  const fieldError = useFieldError();
  const continueSigningIn = useContinueSigningIn();
  const form = useForm({
    resolver: zodResolver(SignInBody),
    defaultValues: { email: "", password: "" },
  });
  const signIn = useMutation({ mutationFn: postSignIn, meta: { isSignInStep: true } });
  const onSubmit = form.handleSubmit(async (values) => {
    await signIn.mutateAsync(values).then(continueSigningIn, () => undefined);
  });
  const { errors } = form.formState;
  return (
    <SignInFrame title={t("signIn.title")}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <ProblemAlert error={signIn.error} message={signInProblem(t, signIn.error)} />
          <TextInput
            {...form.register("email")}
            label={t("signIn.email")}
            type="email"
            autoComplete="username"
            size="md"
            error={fieldError(errors.email)}
          />
          <PasswordField
            {...form.register("password")}
            label={t("signIn.password")}
            autoComplete="current-password"
            error={fieldError(errors.password)}
          />
          <Button type="submit" size="md" loading={signIn.isPending}>
            {t("signIn.submit")}
          </Button>
        </Stack>
      </form>
    </SignInFrame>
  );
}

function signInProblem(t: ReturnType<typeof useTranslation<"auth">>["t"], error: unknown) {
  if (!(error instanceof ApiError)) return undefined;
  if (error.status === 401) return t("signIn.wrongCredentials");
  if (error.status === 429) return t("signIn.tooManyAttempts");
  return undefined;
}
