import type { QueryClient } from "@tanstack/react-query";
import { createRoute, createRouter, redirect } from "@tanstack/react-router";
import { z } from "zod";
import { AccountPage } from "../account/AccountPage.tsx";
import { AuditPage } from "../audit/AuditPage.tsx";
import { EnrolmentPage } from "../auth/EnrolmentPage.tsx";
import { SecondFactorPage } from "../auth/SecondFactorPage.tsx";
import { SignInPage } from "../auth/SignInPage.tsx";
import { HomePage } from "../home/HomePage.tsx";
import { OrganisationPage } from "../organisations/OrganisationPage.tsx";
import { OrganisationsPage } from "../organisations/OrganisationsPage.tsx";
import { UserPage } from "../users/UserPage.tsx";
import { appRoute, rootRoute } from "./base-routes.tsx";
import { destinationOf, sessionQuery } from "./session.ts";
import { workRoutes } from "./work-routes.tsx";

// Guards only choose which screen to show; the server refuses every call a session may not make.
const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sign-in",
  beforeLoad: async ({ context }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (session) throw redirect({ to: destinationOf(session) });
  },
  component: SignInPage,
});

const secondFactorRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sign-in/second-factor",
  beforeLoad: async ({ context }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (session?.stage !== "second_factor_required") {
      throw redirect({ to: destinationOf(session) });
    }
  },
  component: SecondFactorPage,
});

// Enrolment is a sign-in step for roles that must have a second factor, and a choice in
// account settings for signed-in users (analysts) who have none yet.
const enrolmentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/enrolment",
  beforeLoad: async ({ context }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    const isOptional = session?.stage === "signed_in" && !session.user.hasSecondFactor;
    if (session?.stage !== "enrolment_required" && !isOptional) {
      throw redirect({ to: destinationOf(session) });
    }
  },
  component: EnrolmentPage,
});

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: "/", component: HomePage });

const organisationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/organisations",
  component: OrganisationsPage,
});

const organisationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/organisations/$organisationId",
  component: function OrganisationRoute() {
    const { organisationId } = organisationRoute.useParams();
    return <OrganisationPage organisationId={organisationId} />;
  },
});

const userRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/users/$userId",
  component: function UserRoute() {
    const { userId } = userRoute.useParams();
    return <UserPage userId={userId} />;
  },
});

// Filters live in the URL so a filtered trail can be bookmarked and the back button works.
const AuditSearch = z.object({
  action: z
    .string()
    .regex(/^[a-z_.]{1,60}$/)
    .optional()
    .catch(undefined),
  organisationId: z.uuid().optional().catch(undefined),
});

const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/audit",
  validateSearch: AuditSearch,
  component: function AuditRoute() {
    return <AuditPage filters={auditRoute.useSearch()} />;
  },
});

const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/account",
  component: AccountPage,
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  secondFactorRoute,
  enrolmentRoute,
  appRoute.addChildren([
    homeRoute,
    organisationsRoute,
    organisationRoute,
    userRoute,
    auditRoute,
    accountRoute,
    ...workRoutes,
  ]),
]);

/** The app's routes, with the query client in their context for the session guards. */
export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: false,
    scrollRestoration: true,
  });
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
