import { Button, CopyButton, Image, List, Stack, Text, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../app/session.ts";
import { QueryState } from "../ui/QueryState.tsx";
import { postEnrolment } from "./auth-api.ts";
import { CodeForm } from "./CodeForm.tsx";
import { RecoveryCodesPanel } from "./RecoveryCodesPanel.tsx";
import { SignInFrame } from "./SignInFrame.tsx";

/** Enrolling an authenticator app: QR code or typed key, first code, then recovery codes. */
export function EnrolmentPage() {
  const { t } = useTranslation("auth");
  const userId = useSession()?.user.id;
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  // A POST that makes a new pending secret: a query (not an effect) so that React's double
  // mount in development and re-renders share one request; never refetched behind the user.
  const enrolment = useQuery({
    queryKey: ["enrolment", userId],
    queryFn: postEnrolment,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
  });
  if (recoveryCodes) {
    return (
      <SignInFrame title={t("recoveryCodes.title")}>
        <RecoveryCodesPanel codes={recoveryCodes} />
      </SignInFrame>
    );
  }
  return (
    <SignInFrame title={t("enrolment.title")}>
      <Text>{t("enrolment.intro")}</Text>
      <QueryState query={enrolment}>
        {(start) => (
          <Stack gap="lg">
            <List type="ordered" spacing="xs">
              <List.Item>{t("enrolment.stepInstall")}</List.Item>
              <List.Item>{t("enrolment.stepScan")}</List.Item>
              <List.Item>{t("enrolment.stepCode")}</List.Item>
            </List>
            <Image
              src={`data:image/svg+xml;utf8,${encodeURIComponent(start.qrCodeSvg)}`}
              alt={t("enrolment.qrAlt")}
              w={220}
              h={220}
              bd="1px solid var(--mantine-color-gray-4)"
            />
            <Stack gap="xs" align="flex-start">
              <TextInput
                label={t("enrolment.secretLabel")}
                description={t("enrolment.secretDescription")}
                value={start.secret}
                readOnly
                size="md"
                w="100%"
                styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
              />
              <CopyButton value={start.secret}>
                {({ copied, copy }) => (
                  <Button variant="default" onClick={copy}>
                    {copied ? t("enrolment.copied") : t("enrolment.copy")}
                  </Button>
                )}
              </CopyButton>
            </Stack>
            <CodeForm
              purpose="enrolment"
              onEnrolled={(result) => setRecoveryCodes(result.recoveryCodes)}
            />
          </Stack>
        )}
      </QueryState>
    </SignInFrame>
  );
}
