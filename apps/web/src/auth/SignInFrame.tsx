import { Container, Group, Paper, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../app/LanguageSwitch.tsx";
import { PageTitle } from "../ui/PageTitle.tsx";

/** The quiet frame of the sign-in steps: the name of the service, the language, one task. */
export function SignInFrame({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Container size={560} py="xl" component="main" id="main" tabIndex={-1}>
      <Stack gap="lg">
        <Group justify="space-between" align="flex-end">
          <Stack gap={0}>
            <Text fw={700} fz="xl" c="sahabat.9">
              Sahabat
            </Text>
            <Text c="dimmed">{t("tagline")}</Text>
          </Stack>
          <LanguageSwitch isCompact />
        </Group>
        <Paper withBorder p="xl" radius="md">
          <Stack gap="lg">
            <PageTitle>{title}</PageTitle>
            {children}
          </Stack>
        </Paper>
      </Stack>
    </Container>
  );
}
