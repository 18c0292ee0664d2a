import { Anchor, Card, SimpleGrid, Stack, Text } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { navigationFor } from "../app/navigation.ts";
import { useSignedInSession } from "../app/signed-in.ts";
import { DetailList } from "../ui/DetailList.tsx";
import { PageTitle } from "../ui/PageTitle.tsx";
import { WorkHome } from "./WorkHome.tsx";

/** The first page after signing in: who you are here, and where you can go. */
export function HomePage() {
  const { t } = useTranslation();
  const { user } = useSignedInSession();
  const places = navigationFor(user.role).filter((item) => item.to !== "/");
  if (user.role === "caseworker" || user.role === "supervisor") {
    return (
      <Stack gap="xl">
        <PageTitle>{t("home.welcome", { name: user.displayName })}</PageTitle>
        <WorkHome />
      </Stack>
    );
  }
  return (
    <Stack gap="xl" maw={900}>
      <PageTitle>{t("home.welcome", { name: user.displayName })}</PageTitle>
      <Card withBorder padding="lg" component="section" aria-labelledby="home-you">
        <Text id="home-you" fw={700} fz="lg" mb="xs" component="h2">
          {t("home.youHere")}
        </Text>
        <DetailList
          items={[
            { label: t("home.organisation"), value: user.organisationName },
            { label: t("home.role"), value: t(`role.${user.role}`) },
            {
              label: t("home.secondFactor"),
              value: user.hasSecondFactor ? t("home.secondFactorOn") : t("home.secondFactorOff"),
            },
          ]}
        />
      </Card>
      <section aria-labelledby="home-places">
        <Text id="home-places" fw={700} fz="lg" mb="sm" component="h2">
          {t("home.places")}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          {places.map((item) => (
            <Card key={item.to} withBorder padding="lg">
              <Anchor component={Link} to={item.to} fw={700} fz="lg">
                {t(`nav.${item.label}`)}
              </Anchor>
              <Text mt="xs" c="dimmed">
                {t(`home.about.${item.label}`)}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </section>
    </Stack>
  );
}
