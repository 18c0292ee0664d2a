import { Text, Timeline } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSignedInSession } from "../app/signed-in.ts";
import type { NoticeDetail } from "./takedowns-api.ts";
import { utc } from "./utc.ts";

/** Every step of the notice, oldest first, with its UTC time and who took it. */
export function NoticeTimeline({ notice }: { notice: NoticeDetail }) {
  const { t } = useTranslation("takedowns");
  const session = useSignedInSession();
  const events = [...notice.events].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  const who = (actor: string | null) =>
    actor === null
      ? t("event.bySystem")
      : actor === session.user.id
        ? t("event.byYou")
        : t("event.byColleague", { id: actor.slice(0, 8) });
  return (
    <Timeline active={events.length - 1} bulletSize={14} lineWidth={2}>
      {events.map((event, i) => (
        <Timeline.Item
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list in which two events may share their time and type
          key={`${event.occurredAt}:${event.type}:${i}`}
          title={t(`event.${event.type}`, event.type)}
        >
          <Text size="sm">
            <time dateTime={event.occurredAt}>{utc(event.occurredAt)}</time> ·{" "}
            {who(event.actorUserId)}
          </Text>
          {event.note && (
            <Text size="sm" c="dimmed" style={{ overflowWrap: "anywhere" }}>
              {event.note}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
