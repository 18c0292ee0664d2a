import { NativeSelect, SegmentedControl, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useOptions } from "../ui/options.ts";
import { PageTitle } from "../ui/PageTitle.tsx";
import { QueryState } from "../ui/QueryState.tsx";
import { ReferralTable } from "./ReferralTable.tsx";
import { type ReferralFilters, referralsQuery } from "./referrals-api.ts";

const statuses = ["pending", "accepted", "declined", "withdrawn", "completed"];

/** Referrals received by the reader's organisation and sent from their cases. */
export function ReferralsPage({ filters }: { filters: ReferralFilters }) {
  const { t } = useTranslation("referrals");
  const options = useOptions();
  const navigate = useNavigate();
  const referrals = useQuery(referralsQuery(filters));
  const filter = (change: Partial<ReferralFilters>) =>
    void navigate({ to: "/referrals", search: { ...filters, ...change } });
  return (
    <Stack gap="lg" maw={1000}>
      <PageTitle>{t("list.title")}</PageTitle>
      <SegmentedControl
        value={filters.direction}
        onChange={(v) => filter({ direction: v as ReferralFilters["direction"] })}
        data={[
          { value: "incoming", label: t("list.incoming") },
          { value: "outgoing", label: t("list.outgoing") },
        ]}
        aria-label={t("list.direction")}
        w="fit-content"
        size="md"
      />
      <NativeSelect
        label={t("list.status")}
        value={filters.status ?? ""}
        onChange={(e) =>
          filter({ status: (e.currentTarget.value || undefined) as ReferralFilters["status"] })
        }
        size="md"
        maw={320}
      >
        <option value="">{t("list.anyStatus")}</option>
        {options.of("referralStatus", statuses).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </NativeSelect>
      <QueryState query={referrals}>
        {(list) =>
          list.length === 0 ? (
            <Text>{t("list.empty")}</Text>
          ) : (
            <ReferralTable
              referrals={list}
              caption={filters.direction === "incoming" ? t("list.incoming") : t("list.outgoing")}
              direction={filters.direction}
            />
          )
        }
      </QueryState>
    </Stack>
  );
}
