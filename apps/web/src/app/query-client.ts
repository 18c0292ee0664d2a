import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { ApiError } from "./api-client.ts";
import { rememberPathAfterSignIn } from "./session.ts";

function isClientError(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500;
}

/**
 * Server state for the whole app. A 401 anywhere means the session has ended (idle timeout,
 * signed out elsewhere, disabled): the cached session is dropped and the shell sends the user
 * back to sign in. Sign-in steps opt out with `meta.isSignInStep`, where 401 means a wrong password.
 */
export function createQueryClient() {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.queryKey[0] !== "session") endSessionOn(error);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (!mutation.meta?.isSignInStep) endSessionOn(error);
      },
    }),
    defaultOptions: {
      queries: {
        // Slow links drop requests; a refusal (4xx) will not change by asking again.
        retry: (failures, error) => !isClientError(error) && failures < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
  function endSessionOn(error: unknown) {
    if (!(error instanceof ApiError && error.status === 401)) return;
    rememberPathAfterSignIn(window.location.pathname + window.location.search);
    client.setQueryData(["session"], null);
  }
  return client;
}

declare module "@tanstack/react-query" {
  interface Register {
    mutationMeta: { isSignInStep?: boolean };
  }
}
