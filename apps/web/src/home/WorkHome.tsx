import { Group, List, SimpleGrid, Stack, Text } from "@mantine/core";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { CaseTable } from "../cases/CaseTable.tsx";
import { serverToday } from "../cases/case-form-values.ts";
import { casePagesQuery } from "../cases/cases-api.ts";
import { myTasksQuery } from "../cases/records-api.ts";
import { NotificationList } from "../notifications/NotificationList.tsx";
import { notificationsQuery } from "../notifications/notifications-api.ts";
import { ReferralList } from "../referrals/ReferralList.tsx";
import { referralsQuery } from "../referrals/referrals-api.ts";
import { AnchorLink } from "../ui/AnchorLink.tsx";
import { useFormat } from "../ui/format.ts";
import { QueryState } from "../ui/QueryState.tsx";
import { Section } from "../ui/Section.tsx";

/** The day's work of a caseworker or supervisor: cases, tasks due, referrals, notifications. */
export function WorkHome() {
  const { t } = useTranslation("cases");
  const myCases = useInfiniteQuery(casePagesQuery({ mine: true }, 5));
  const waiting = useQuery(referralsQuery({ direction: "incoming", status: "pending" }));
  const unread = useQuery(notificationsQuery(true));
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Section title={t("home.referralsWaiting")}>
          <QueryState query={waiting}>
            {(list) =>
              list.length === 0 ? (
                <Text c="dimmed">{t("home.noReferralsWaiting")}</Text>
              ) : (
                <ReferralList referrals={list} />
              )
            }
          </QueryState>
        </Section>
        <Section title={t("home.notifications")}>
          <QueryState query={unread}>
            {(list) => <NotificationList notifications={list.slice(0, 5)} />}
          </QueryState>
        </Section>
      </SimpleGrid>
      <TasksDue />
      <Section
        title={t("home.myCases")}
        actions={
          <AnchorLink to="/cases" search={{ mine: true }}>
            {t("home.allMyCases")}
          </AnchorLink>
        }
      >
        <QueryState query={myCases}>
          {(data) => {
            const cases = data.pages[0]?.cases ?? [];
            return cases.length === 0 ? (
              <Text c="dimmed">{t("home.noCases")}</Text>
            ) : (
              <CaseTable cases={cases} caption={t("home.myCasesCaption")} />
            );
          }}
        </QueryState>
      </Section>
    </Stack>
  );
}

function TasksDue() {
  const { t } = useTranslation("cases");
  const format = useFormat();
  const tasks = useQuery(myTasksQuery);
  const today = serverToday();
  return (
    <Section title={t("home.tasksDue")}>
      <QueryState query={tasks}>
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">{t("home.noTasks")}</Text>
          ) : (
            <List spacing="xs">
              {list.slice(0, 10).map((task) => (
                <List.Item key={task.id}>
                  <Group gap="sm">
                    <AnchorLink
                      to="/cases/$caseId"
                      params={{ caseId: task.caseId }}
                      search={{ tab: "tasks" }}
                    >
                      {task.title}
                    </AnchorLink>
                    <Text c="dimmed">{task.caseReference}</Text>
                    {task.dueOn && (
                      <Text fw={task.dueOn < today ? 700 : 400}>
                        {task.dueOn < today
                          ? t("home.overdue", { date: format.day(task.dueOn) })
                          : t("tasks.due", { date: format.day(task.dueOn) })}
                      </Text>
                    )}
                  </Group>
                </List.Item>
              ))}
            </List>
          )
        }
      </QueryState>
    </Section>
  );
}
