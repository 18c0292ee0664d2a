import { Anchor, Container, Stack, Text } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../ui/PageTitle.tsx";

/** An address the app does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl" component="main" id="main" tabIndex={-1}>
      <Stack>
        <PageTitle>{t("notFound.title")}</PageTitle>
        <Text>{t("notFound.body")}</Text>
        <Anchor component={Link} to="/">
          {t("notFound.home")}
        </Anchor>
      </Stack>
    </Container>
  );
}
