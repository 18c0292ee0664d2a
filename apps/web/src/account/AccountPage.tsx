import { Button, Paper, Stack, Text, Title } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../app/LanguageSwitch.tsx";
import { useSignedInSession } from "../app/signed-in.ts";
import { DetailList } from "../ui/DetailList.tsx";
import { PageTitle } from "../ui/PageTitle.tsx";
import { PasswordForm } from "./PasswordForm.tsx";
import { SignOutEverywhere } from "./SignOutEverywhere.tsx";

/** One's own account: language, password, second factor, and ending every session. */
export function AccountPage() {
  const { t } = useTranslation("account");
  const { user } = useSignedInSession();
  return (
    <Stack gap="xl" maw={760}>
      <PageTitle>{t("title")}</PageTitle>
      <Section id="account-you" title={t("you.title")}>
        <DetailList
          items={[
            { label: t("you.name"), value: user.displayName },
            { label: t("you.email"), value: user.email },
            { label: t("you.organisation"), value: user.organisationName },
            { label: t("you.role"), value: t(`role.${user.role}`, { ns: "common" }) },
          ]}
        />
      </Section>
      <Section id="account-language" title={t("language.title")}>
        <Text mb="sm">{t("language.intro")}</Text>
        <LanguageSwitch />
      </Section>
      <Section id="account-second-factor" title={t("secondFactor.title")}>
        {user.hasSecondFactor ? (
          <Text>{t("secondFactor.on")}</Text>
        ) : (
          <Stack align="flex-start">
            <Text>{t("secondFactor.off")}</Text>
            <Button component={Link} to="/enrolment">
              {t("secondFactor.enrol")}
            </Button>
          </Stack>
        )}
      </Section>
      <Section id="account-password" title={t("password.title")}>
        <PasswordForm />
      </Section>
      <Section id="account-everywhere" title={t("everywhere.title")}>
        <SignOutEverywhere />
      </Section>
    </Stack>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id}>
      <Title order={2} id={id} mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
