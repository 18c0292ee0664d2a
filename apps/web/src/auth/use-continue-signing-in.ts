import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { destinationOf, sessionQuery } from "../app/session.ts";

/** After a sign-in step: read the session afresh and go where its stage leads. */
export function useContinueSigningIn() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async () => {
    const session = await queryClient.fetchQuery({ ...sessionQuery, staleTime: 0 });
    await navigate({ to: destinationOf(session) });
  };
}
