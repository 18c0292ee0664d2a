import { Alert, Group, List, Stack, Text } from "@mantine/core";
import type { ReferralView } from "@sahabat/shared";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSignedInSession } from "../app/signed-in.ts";
import { useReadNotificationsOf } from "../notifications/read-on-open.ts";
import { AnchorLink } from "../ui/AnchorLink.tsx";
import { DetailList } from "../ui/DetailList.tsx";
import { useFormat } from "../ui/format.ts";
import { PageTitle } from "../ui/PageTitle.tsx";
import { QueryState } from "../ui/QueryState.tsx";
import { Section } from "../ui/Section.tsx";
import { useVocab } from "../ui/vocab.ts";
import { ReferralActions } from "./ReferralActions.tsx";
import { referralQuery } from "./referrals-api.ts";
import { SharedDataView } from "./SharedDataView.tsx";

/** One referral, as either side sees it: the receiver sees only the fields shared, while open. */
export function ReferralPage({ referralId }: { referralId: string }) {
  const query = useQuery(referralQuery(referralId));
  return <QueryState query={query}>{(r) => <ReferralDetail r={r} />}</QueryState>;
}

function ReferralDetail({ r }: { r: ReferralView }) {
  const { t } = useTranslation("referrals");
  const { user } = useSignedInSession();
  const vocab = useVocab();
  const format = useFormat();
  const isReceiver = r.toOrganisationId === user.organisationId;
  useReadNotificationsOf(r.id);
  return (
    <Stack gap="lg" maw={900}>
      <Stack gap={4}>
        <PageTitle>
          {t("page.title", { service: vocab("service", r.serviceKey), provider: r.providerName })}
        </PageTitle>
        <Text c="dimmed">
          {t("page.from", {
            organisation: r.fromOrganisationName,
            when: format.dateTime(r.createdAt),
          })}
        </Text>
        <Text fw={700} role="status">
          {t("page.status", { status: vocab("referralStatus", r.status) })}
        </Text>
        {r.caseId && (
          <AnchorLink
            to="/cases/$caseId"
            params={{ caseId: r.caseId }}
            search={{ tab: "referrals" }}
          >
            {t("page.case", { reference: r.caseReference ?? "" })}
          </AnchorLink>
        )}
      </Stack>
      <ReferralActions r={r} />
      <Section title={isReceiver ? t("page.sharedWithYou") : t("page.shared")}>
        <SharedPart r={r} isReceiver={isReceiver} />
      </Section>
      <Section title={t("page.why")}>
        <DetailList
          items={[
            { label: t("page.reason"), value: r.reason },
            { label: t("page.legalBasis"), value: r.legalBasis },
            ...(r.declineReason
              ? [{ label: t("page.declineReason"), value: r.declineReason }]
              : []),
            ...(r.outcome ? [{ label: t("page.outcome"), value: r.outcome }] : []),
          ]}
        />
      </Section>
      <Section title={t("page.history")}>
        <List spacing="xs">
          {r.events.map((e) => (
            <List.Item key={`${e.status}-${e.occurredAt}`}>
              <Text span fw={600}>
                {vocab("referralEvent", e.status)}
              </Text>{" "}
              · <time dateTime={e.occurredAt}>{format.dateTime(e.occurredAt)}</time>
              {e.note ? ` · ${e.note}` : ""}
            </List.Item>
          ))}
        </List>
      </Section>
    </Stack>
  );
}

function SharedPart({ r, isReceiver }: { r: ReferralView; isReceiver: boolean }) {
  const { t } = useTranslation("referrals");
  const vocab = useVocab();
  const format = useFormat();
  if (r.shared) {
    return (
      <Stack gap="md">
        <Text c="dimmed">{t("notice.receiver")}</Text>
        <SharedDataView data={r.shared} />
      </Stack>
    );
  }
  if (isReceiver) {
    return (
      <Alert variant="light" color="gray" role="status">
        {t("page.accessEnded")}
      </Alert>
    );
  }
  return (
    <Group>
      <Text>
        {t("page.fieldsShared", {
          fields: format.list(r.sharedFields.map((f) => vocab("sharedField", f))),
        })}
      </Text>
    </Group>
  );
}
