import { type QueryClient, useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest, setCsrfToken } from "./api-client.ts";
import { takePathAfterSignIn } from "./session.ts";

/**
 * Forgets everything cached in this tab: on a shared office computer the next person must not
 * find the last one's lists in memory. The shell, seeing no session, goes to sign-in.
 */
export function forgetSession(queryClient: QueryClient) {
  setCsrfToken(null);
  takePathAfterSignIn();
  queryClient.setQueryData(["session"], null);
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== "session" });
}

/**
 * Signs out on the server, then forgets the session here (even if the server could not be
 * reached: the user asked to leave).
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiRequest("POST", "/api/auth/sign-out", { schema: z.object({ ok: z.literal(true) }) }),
    meta: { isSignInStep: true },
    onSettled: () => forgetSession(queryClient),
  });
}
