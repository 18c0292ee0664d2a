import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSignedInSession } from "../../app/signed-in.ts";
import { usersQuery } from "../../users/users-api.ts";

/**
 * The colleagues a supervisor can see (their organisation's accounts). Caseworkers see only
 * their own account, so for them another assignee is "a colleague": cases carry no assignee
 * name (API gap, reported).
 */
export function useColleagues() {
  const { user } = useSignedInSession();
  return useQuery({
    ...usersQuery(user.organisationId),
    enabled: user.role === "supervisor",
  });
}

/** Who a user id is, in words the reader may see. */
export function useAssigneeName() {
  const { t } = useTranslation();
  const { user } = useSignedInSession();
  const colleagues = useColleagues();
  return (userId: string | null) => {
    if (!userId) return t("none");
    if (userId === user.id) return t("you");
    return colleagues.data?.find((u) => u.id === userId)?.displayName ?? t("colleague");
  };
}
