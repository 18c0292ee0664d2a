import { Anchor, AppShell, Burger, Button, Group, NavLink, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Link, Navigate, Outlet, useRouterState } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { NotificationsLink } from "../notifications/NotificationsLink.tsx";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { isReferralRole, navigationFor } from "./navigation.ts";
import { destinationOf, useSession } from "./session.ts";
import { useSignOut } from "./sign-out.ts";
import { SignedInContext } from "./signed-in.ts";

/** The frame of every signed-in page: header, navigation by role, and the page itself. */
export function Shell() {
  const { t } = useTranslation();
  const session = useSession();
  const [isNavigationOpen, navigation] = useDisclosure(false);
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const signOut = useSignOut();
  // The session can end while a page is open (timeout, signed out elsewhere): go back to sign-in.
  if (session?.stage !== "signed_in") {
    return <Navigate to={destinationOf(session)} />;
  }
  const { user } = session;
  return (
    <SignedInContext value={session}>
      <AppShell
        header={{ height: 72 }}
        navbar={{ width: 250, breakpoint: "sm", collapsed: { mobile: !isNavigationOpen } }}
        padding="lg"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group wrap="nowrap">
              <Burger
                opened={isNavigationOpen}
                onClick={navigation.toggle}
                hiddenFrom="sm"
                aria-label={t("shell.navigation")}
              />
              <Anchor component={Link} to="/" fw={700} fz="xl" underline="never" c="sahabat.9">
                Sahabat
              </Anchor>
            </Group>
            <Group wrap="nowrap" gap="md">
              {isReferralRole(user.role) && <NotificationsLink />}
              <Stack gap={0} visibleFrom="md" align="flex-end">
                <Text fw={600}>{user.displayName}</Text>
                <Text size="sm" c="dimmed">
                  {user.organisationName}
                </Text>
              </Stack>
              <LanguageSwitch isCompact />
              <Button
                variant="default"
                onClick={() => signOut.mutate()}
                loading={signOut.isPending}
              >
                {t("shell.signOut")}
              </Button>
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm" aria-label={t("shell.navigation")} component="nav">
          {navigationFor(user.role).map((item) => {
            const isHere = item.to === "/" ? pathname === "/" : pathname.startsWith(item.to);
            return (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={t(`nav.${item.label}`)}
                active={isHere}
                aria-current={isHere ? "page" : undefined}
                onClick={navigation.close}
              />
            );
          })}
        </AppShell.Navbar>
        <AppShell.Main id="main" tabIndex={-1}>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </SignedInContext>
  );
}
