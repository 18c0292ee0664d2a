import { Stack, Text } from "@mantine/core";
import type { CaseDetail } from "@sahabat/shared";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ReferralTable } from "../../referrals/ReferralTable.tsx";
import { referralsQuery } from "../../referrals/referrals-api.ts";
import { QueryState } from "../../ui/QueryState.tsx";

/** The case's referrals to other services, with their status; each opens with its history. */
export function CaseReferralsTab({ c }: { c: CaseDetail }) {
  const { t } = useTranslation("cases");
  const referrals = useQuery(referralsQuery({ direction: "outgoing", caseId: c.id }));
  return (
    <Stack gap="md" maw={960}>
      <Text>{t("referralsTab.intro")}</Text>
      <QueryState query={referrals}>
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">{t("referralsTab.none")}</Text>
          ) : (
            <ReferralTable
              referrals={list}
              caption={t("referralsTab.caption")}
              direction="outgoing"
            />
          )
        }
      </QueryState>
    </Stack>
  );
}
