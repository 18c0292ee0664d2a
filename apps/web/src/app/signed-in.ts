import type { SessionView } from "@sahabat/shared";
import { createContext, useContext } from "react";

/** The signed-in session, provided by the shell to every page inside it. */
export const SignedInContext = createContext<SessionView | null>(null);

/** The session of a page inside the shell (which only renders for a signed-in user). */
export function useSignedInSession(): SessionView {
  const session = useContext(SignedInContext);
  if (!session) throw new Error("useSignedInSession outside the signed-in shell");
  return session;
}
