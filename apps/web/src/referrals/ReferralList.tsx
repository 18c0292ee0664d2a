import { List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../ui/AnchorLink.tsx";
import { useFormat } from "../ui/format.ts";
import { useVocab } from "../ui/vocab.ts";
import type { ReferralSummary } from "./referrals-api.ts";

/** Incoming referrals as a short list, for narrow places such as the home page. */
export function ReferralList({ referrals }: { referrals: ReferralSummary[] }) {
  const { t } = useTranslation("referrals");
  const vocab = useVocab();
  const format = useFormat();
  return (
    <List spacing="sm" listStyleType="none" ml={0} pl={0}>
      {referrals.map((r) => (
        <List.Item key={r.id}>
          <AnchorLink to="/referrals/$referralId" params={{ referralId: r.id }} fw={600}>
            {vocab("service", r.serviceKey)}
          </AnchorLink>
          <Text size="sm" c="dimmed">
            {t("page.from", {
              organisation: r.fromOrganisationName,
              when: format.dateTime(r.createdAt),
            })}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
