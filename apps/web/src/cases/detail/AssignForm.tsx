import { Button, Group, NativeSelect } from "@mantine/core";
import type { CaseDetail } from "@sahabat/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../ui/ProblemAlert.tsx";
import { Section } from "../../ui/Section.tsx";
import { useCaseMutation } from "../case-mutation.ts";
import { assignCase } from "../cases-api.ts";
import { useColleagues } from "./assignee.ts";

/** A supervisor hands the case to a colleague (caseworkers and supervisors of the office). */
export function AssignForm({ c }: { c: CaseDetail }) {
  const { t } = useTranslation("cases");
  const colleagues = useColleagues();
  const [userId, setUserId] = useState(c.assignedUserId ?? "");
  const assign = useCaseMutation((id: string) => assignCase(c.id, id));
  const people = (colleagues.data ?? []).filter(
    (u) => !u.disabled && (u.role === "caseworker" || u.role === "supervisor"),
  );
  return (
    <Section title={t("assign.title")}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (userId) assign.mutate(userId);
        }}
      >
        <Group align="flex-end">
          <NativeSelect
            label={t("assign.to")}
            value={userId}
            onChange={(e) => setUserId(e.currentTarget.value)}
            size="md"
          >
            <option value="">{t("assign.choose")}</option>
            {people.map((u) => (
              <option key={u.id} value={u.id}>
                {u.displayName}
              </option>
            ))}
          </NativeSelect>
          <Button
            type="submit"
            variant="default"
            size="md"
            loading={assign.isPending}
            disabled={!userId || userId === c.assignedUserId}
          >
            {t("assign.submit")}
          </Button>
        </Group>
      </form>
      <ProblemAlert error={assign.error} isPlaced={() => false} />
    </Section>
  );
}
