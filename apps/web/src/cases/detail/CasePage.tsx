import { Alert, Group, Stack, Tabs, Text } from "@mantine/core";
import type { CaseDetail } from "@sahabat/shared";
import { useQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSignedInSession } from "../../app/signed-in.ts";
import { CaseScreeningTab } from "../../screening/CaseScreeningTab.tsx";
import { SelectorsTab } from "../../selectors/SelectorsTab.tsx";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { QueryState } from "../../ui/QueryState.tsx";
import { RiskBadge, StatusBadge } from "../badges.tsx";
import { caseQuery } from "../cases-api.ts";
import { personTitle } from "../names.ts";
import { currentPurpose } from "../purpose.ts";
import { CaseAuditTab } from "./CaseAuditTab.tsx";
import { CaseReferralsTab } from "./CaseReferralsTab.tsx";
import { ConsentTab } from "./ConsentTab.tsx";
import { ExploitationTab } from "./ExploitationTab.tsx";
import { NotesTab } from "./NotesTab.tsx";
import { OverviewTab } from "./OverviewTab.tsx";
import { PersonTab } from "./PersonTab.tsx";
import { PlanTab } from "./PlanTab.tsx";
import { TasksTab } from "./TasksTab.tsx";

/** The tabs of a case, in the order of the work. */
export const caseTabs = [
  "overview",
  "person",
  "screening",
  "exploitation",
  "plan",
  "referrals",
  "notes",
  "tasks",
  "consent",
  "network",
  "audit",
] as const;
export type CaseTab = (typeof caseTabs)[number];

/** One case: a header with the child's name, status and risk, and its tabs. */
export function CasePage({ caseId, tab }: { caseId: string; tab: CaseTab }) {
  // The purpose typed on the case list goes with this read into the audit trail.
  const [purpose] = useState(() => currentPurpose().trim() || undefined);
  const query = useQuery(caseQuery(caseId, purpose));
  return <QueryState query={query}>{(c) => <CaseView c={c} tab={tab} />}</QueryState>;
}

function CaseView({ c, tab }: { c: CaseDetail; tab: CaseTab }) {
  const { t } = useTranslation("cases");
  const { user } = useSignedInSession();
  const navigate = useNavigate();
  // The case's own audit trail is for supervisors (the server refuses others).
  const tabs = caseTabs.filter((x) => x !== "audit" || user.role === "supervisor");
  const select = (value: string | null) =>
    void navigate({
      to: "/cases/$caseId",
      params: { caseId: c.id },
      search: { tab: (value ?? "overview") as CaseTab },
      replace: true,
    });
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageTitle>{personTitle(c.person)}</PageTitle>
        <Group gap="sm">
          <Text c="dimmed">{t("detail.reference", { reference: c.reference })}</Text>
          <StatusBadge status={c.status} />
          <RiskBadge level={c.riskLevel} />
        </Group>
      </Stack>
      {c.person.age.isPresumedChild && (
        <Alert variant="light" color="sahabat" title={t("detail.presumedChildTitle")}>
          {t("age.presumedChild")}
        </Alert>
      )}
      <Tabs value={tab} onChange={select} keepMounted={false}>
        <Tabs.List>
          {tabs.map((x) => (
            <Tabs.Tab key={x} value={x} fz="md">
              {t(`tab.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview" pt="lg">
          <OverviewTab c={c} />
        </Tabs.Panel>
        <Tabs.Panel value="person" pt="lg">
          <PersonTab c={c} />
        </Tabs.Panel>
        <Tabs.Panel value="screening" pt="lg">
          <CaseScreeningTab c={c} />
        </Tabs.Panel>
        <Tabs.Panel value="exploitation" pt="lg">
          <ExploitationTab c={c} />
        </Tabs.Panel>
        <Tabs.Panel value="plan" pt="lg">
          <PlanTab c={c} />
        </Tabs.Panel>
        <Tabs.Panel value="referrals" pt="lg">
          <CaseReferralsTab c={c} />
        </Tabs.Panel>
        <Tabs.Panel value="notes" pt="lg">
          <NotesTab c={c} />
        </Tabs.Panel>
        <Tabs.Panel value="tasks" pt="lg">
          <TasksTab c={c} />
        </Tabs.Panel>
        <Tabs.Panel value="consent" pt="lg">
          <ConsentTab c={c} />
        </Tabs.Panel>
        <Tabs.Panel value="network" pt="lg">
          <SelectorsTab c={c} />
        </Tabs.Panel>
        {tabs.includes("audit") && (
          <Tabs.Panel value="audit" pt="lg">
            <CaseAuditTab c={c} />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
