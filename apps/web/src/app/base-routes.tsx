import type { QueryClient } from "@tanstack/react-query";
import { createRootRouteWithContext, createRoute, redirect } from "@tanstack/react-router";
import { NotFoundPage } from "./NotFoundPage.tsx";
import { Root } from "./Root.tsx";
import { Shell } from "./Shell.tsx";
import { destinationOf, rememberPathAfterSignIn, sessionQuery } from "./session.ts";

type RouterContext = { queryClient: QueryClient };

/** The root of every page: skip link and language. */
export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Root,
  notFoundComponent: NotFoundPage,
});

/**
 * The signed-in app inside the shell. Its guard only chooses which screen to show; the server
 * refuses every call a session may not make.
 */
export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "app",
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    const destination = destinationOf(session);
    if (destination !== "/") {
      rememberPathAfterSignIn(location.href);
      throw redirect({ to: destination });
    }
  },
  component: Shell,
});
