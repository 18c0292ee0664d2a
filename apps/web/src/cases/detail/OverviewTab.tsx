import { Alert, Stack, Text } from "@mantine/core";
import type { CaseDetail } from "@sahabat/shared";
import { useTranslation } from "react-i18next";
import { DetailList } from "../../ui/DetailList.tsx";
import { useFormat } from "../../ui/format.ts";
import { Section } from "../../ui/Section.tsx";
import { useVocab } from "../../ui/vocab.ts";
import { AssignForm } from "./AssignForm.tsx";
import { useAssigneeName } from "./assignee.ts";
import { LifecycleActions } from "./LifecycleActions.tsx";

/** Where the case stands: status, assignment, risk, and the next steps the reader may take. */
export function OverviewTab({ c }: { c: CaseDetail }) {
  const { t } = useTranslation("cases");
  const vocab = useVocab();
  const format = useFormat();
  const assignee = useAssigneeName();
  const closure = c.closureOutcome
    ? [
        { label: t("overview.closureOutcome"), value: vocab("closureOutcome", c.closureOutcome) },
        ...(c.closureReason
          ? [{ label: t("overview.closureReason"), value: c.closureReason }]
          : []),
      ]
    : [];
  return (
    <Stack gap="lg" maw={900}>
      <Section title={t("overview.status")}>
        <Stack gap="md">
          <DetailList
            items={[
              { label: t("overview.statusLabel"), value: vocab("caseStatus", c.status) },
              { label: t("overview.reference"), value: c.reference },
              { label: t("overview.registeredOn"), value: format.day(c.registeredOn) },
              {
                label: t("overview.referralSource"),
                value: vocab("referralSource", c.referralSource),
              },
              { label: t("overview.assignedTo"), value: assignee(c.assignee) },
              ...closure,
              ...(c.closedAt
                ? [{ label: t("overview.closedAt"), value: format.dateTime(c.closedAt) }]
                : []),
            ]}
          />
          {c.closureRefusal && (
            <Alert
              role="status"
              variant="light"
              color="gray"
              title={t("overview.closureRefused", {
                when: format.dateTime(c.closureRefusal.refusedAt),
              })}
            >
              <Stack gap={4}>
                <Text style={{ whiteSpace: "pre-wrap" }}>{c.closureRefusal.reason}</Text>
                <Text size="sm" c="dimmed">
                  {t("overview.closureRefusedNext")}
                </Text>
              </Stack>
            </Alert>
          )}
          <LifecycleActions c={c} />
        </Stack>
      </Section>
      {c.can.assign && <AssignForm c={c} />}
      <Section title={t("overview.risk")}>
        <DetailList
          items={[
            { label: t("overview.riskLevel"), value: vocab("risk", c.riskLevel) },
            { label: t("overview.riskReason"), value: c.riskReason ?? "—" },
          ]}
        />
      </Section>
      <Section title={t("overview.exploitation")}>
        <Text>
          {c.exploitationTypes.map((x) => vocab("exploitationType", x)).join(", ") ||
            t("overview.noExploitation")}
        </Text>
      </Section>
    </Stack>
  );
}
