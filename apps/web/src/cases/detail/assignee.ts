import type { CaseDetail } from "@sahabat/shared";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSignedInSession } from "../../app/signed-in.ts";
import { usersQuery } from "../../users/users-api.ts";

/** The colleagues a supervisor can hand a case to (their organisation's accounts). */
export function useColleagues() {
  const { user } = useSignedInSession();
  return useQuery({
    ...usersQuery(user.organisationId),
    enabled: user.role === "supervisor",
  });
}

/** Who has the case, by the name the case carries: "Lê Thu Trang", "Lê Thu Trang (you)". */
export function useAssigneeName() {
  const { t } = useTranslation();
  const { user } = useSignedInSession();
  return (assignee: CaseDetail["assignee"]) => {
    if (!assignee) return t("none");
    return assignee.id === user.id
      ? t("assigneeIsYou", { name: assignee.displayName })
      : assignee.displayName;
  };
}
