import { useQueryClient } from "@tanstack/react-query";
import { useNavigate, useRouter } from "@tanstack/react-router";
import { destinationOf, sessionQuery, takePathAfterSignIn } from "../app/session.ts";

/**
 * After a sign-in step: read the session afresh and go where its stage leads; once fully
 * signed in, back to the page the user was going to, if any.
 */
export function useContinueSigningIn() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const router = useRouter();
  return async () => {
    const session = await queryClient.fetchQuery({ ...sessionQuery, staleTime: 0 });
    const destination = destinationOf(session);
    const path = destination === "/" ? takePathAfterSignIn() : null;
    if (path) router.history.push(path);
    else await navigate({ to: destination });
  };
}
