import { Code, Group, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { formatByteSize } from "../online-harm/read-file.ts";
import { AnchorLink } from "../ui/AnchorLink.tsx";
import { DetailList } from "../ui/DetailList.tsx";
import { useFormat } from "../ui/format.ts";
import { PageTitle } from "../ui/PageTitle.tsx";
import { QueryState } from "../ui/QueryState.tsx";
import { Section } from "../ui/Section.tsx";
import { CustodyTable } from "./CustodyTable.tsx";
import { DestroyForm } from "./DestroyForm.tsx";
import { type EvidenceView, evidenceQuery } from "./evidence-api.ts";
import { ThumbnailRequest } from "./ThumbnailRequest.tsx";

/** A hash in full, breakable, so it can be compared with the one a court receives. */
function Hash({ value }: { value: string }) {
  return (
    <Code block style={{ overflowWrap: "anywhere", whiteSpace: "pre-wrap" }}>
      {value}
    </Code>
  );
}

function EvidenceFacts({ item }: { item: EvidenceView }) {
  const { t, i18n } = useTranslation("evidence");
  const format = useFormat();
  // The record names users by id; their names come with the custody events they took part in.
  const acquired = item.custody.find((e) => e.kind === "acquired");
  const destroyed = item.custody.find((e) => e.kind === "destroyed");
  return (
    <DetailList
      items={[
        { label: t("field.status"), value: t(`status.${item.status}`) },
        { label: t("field.sha256"), value: <Hash value={item.sha256} /> },
        { label: t("field.md5"), value: <Hash value={item.md5} /> },
        { label: t("field.size"), value: formatByteSize(item.byteSize, i18n.language) },
        { label: t("field.mediaType"), value: item.mediaType },
        { label: t("field.legalBasis"), value: item.legalBasis },
        { label: t("field.reason"), value: item.reason },
        {
          label: t("field.retained"),
          value: t("field.byAt", {
            who: acquired?.actorName ?? item.retainedBy,
            when: format.dateTime(item.retainedAt),
          }),
        },
        ...(item.destroyedAt
          ? [
              {
                label: t("field.destroyed"),
                value: t("field.byAt", {
                  who: destroyed?.actorName ?? item.destroyedBy ?? "—",
                  when: format.dateTime(item.destroyedAt),
                }),
              },
              { label: t("field.destructionReason"), value: item.destructionReason ?? "—" },
            ]
          : []),
      ]}
    />
  );
}

function EvidenceBody({ item }: { item: EvidenceView }) {
  const { t } = useTranslation("evidence");
  const isActive = item.status === "active";
  return (
    <Stack gap="lg">
      <PageTitle>{t("title")}</PageTitle>
      <AnchorLink to="/online-harm">{t("back")}</AnchorLink>
      <Text maw={760}>{t("intro")}</Text>
      <Section title={t("facts")}>
        <EvidenceFacts item={item} />
      </Section>
      {isActive && item.can.viewThumbnail ? (
        <Section title={t("thumbnail.title")}>
          <ThumbnailRequest evidenceId={item.id} />
        </Section>
      ) : null}
      <Section title={t("custody.title")}>
        <CustodyTable events={item.custody} />
      </Section>
      {isActive && item.can.destroy ? (
        <Section title={t("destroy.title")}>
          <DestroyForm evidenceId={item.id} />
        </Section>
      ) : null}
      {isActive ? null : (
        <Group>
          <Text c="dimmed">{t("destroyedNote")}</Text>
        </Group>
      )}
    </Stack>
  );
}

/** One retained evidence item: its acquisition facts and its chain of custody, never the file. */
export function EvidencePage({ evidenceId }: { evidenceId: string }) {
  const item = useQuery(evidenceQuery(evidenceId));
  return (
    <Stack gap="lg" maw={1100}>
      <QueryState query={item}>{(data) => <EvidenceBody item={data} />}</QueryState>
    </Stack>
  );
}
