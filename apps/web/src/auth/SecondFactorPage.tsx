import { Button, Group, Stack, Text } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSignOut } from "../app/sign-out.ts";
import { CodeForm } from "./CodeForm.tsx";
import { RecoveryCodeForm } from "./RecoveryCodeForm.tsx";
import { SignInFrame } from "./SignInFrame.tsx";

/** Second step of signing in: the code from the authenticator app, or a recovery code. */
export function SecondFactorPage() {
  const { t } = useTranslation("auth");
  const [isRecovery, setRecovery] = useState(false);
  const signOut = useSignOut();
  const navigate = useNavigate();
  const signInAsSomeoneElse = async () => {
    await signOut.mutateAsync().catch(() => undefined);
    await navigate({ to: "/sign-in" });
  };
  return (
    <SignInFrame title={t("secondFactor.title")}>
      {isRecovery ? (
        <>
          <Text>{t("secondFactor.recoveryIntro")}</Text>
          <RecoveryCodeForm />
        </>
      ) : (
        <>
          <Text>{t("secondFactor.intro")}</Text>
          <CodeForm purpose="signIn" />
        </>
      )}
      <Stack gap="xs" align="flex-start">
        <Button variant="subtle" px={0} onClick={() => setRecovery(!isRecovery)}>
          {isRecovery ? t("secondFactor.useCode") : t("secondFactor.useRecoveryCode")}
        </Button>
        <Group>
          <Button variant="subtle" px={0} onClick={() => void signInAsSomeoneElse()}>
            {t("secondFactor.anotherAccount")}
          </Button>
        </Group>
      </Stack>
    </SignInFrame>
  );
}
