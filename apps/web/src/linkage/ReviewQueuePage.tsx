import { Alert, Button, Group, SegmentedControl, Stack, Table, Text } from "@mantine/core";
import type { MatchPairItem, PrecisionBand, ReviewPerson } from "@sahabat/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSignedInSession } from "../app/signed-in.ts";
import { latinName, nativeName } from "../cases/names.ts";
import { AnchorLink } from "../ui/AnchorLink.tsx";
import { PageTitle } from "../ui/PageTitle.tsx";
import { ProblemAlert } from "../ui/ProblemAlert.tsx";
import { QueryState } from "../ui/QueryState.tsx";
import { refreshReviewQueue, reviewQueueQuery } from "./review-api.ts";

/**
 * "97 %" in the interface language, with decimals near certainty, rounded down: a likelihood of
 * 0.99996 must not read as a certain 100 %.
 */
export function usePercent() {
  const { i18n } = useTranslation();
  return (p: number) =>
    new Intl.NumberFormat(i18n.language, {
      style: "percent",
      maximumFractionDigits: p > 0.99 && p < 1 ? 2 : 0,
      roundingMode: "floor",
    }).format(p);
}

function personLabel(p: ReviewPerson) {
  const latin = latinName(p.person);
  return latin ? `${nativeName(p.person)} (${latin})` : nativeName(p.person);
}

function PairRow({ pair }: { pair: MatchPairItem }) {
  const { t } = useTranslation("review");
  const percent = usePercent();
  return (
    <Table.Tr>
      <Table.Td>
        <AnchorLink to="/duplicates/$pairId" params={{ pairId: pair.id }}>
          {t("queue.pairLink", { a: personLabel(pair.a), b: personLabel(pair.b) })}
        </AnchorLink>
        <Text fz="sm" c="dimmed">
          {[pair.a.caseReference, pair.b.caseReference].filter(Boolean).join(" · ")}
        </Text>
      </Table.Td>
      <Table.Td ta="right" fw={700}>
        {percent(pair.probability)}
      </Table.Td>
    </Table.Tr>
  );
}

/** What decisions have shown so far: of the pairs decided in each band, how many were the same child. */
function PrecisionTable({ bands }: { bands: PrecisionBand[] }) {
  const { t } = useTranslation("review");
  const percent = usePercent();
  return (
    <Table fz="sm" maw={520} captionSide="top">
      <Table.Caption>{t("precision.caption")}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("precision.band")}</Table.Th>
          <Table.Th ta="right">{t("precision.decided")}</Table.Th>
          <Table.Th ta="right">{t("precision.precision")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {bands.map((b) => (
          <Table.Tr key={b.from}>
            <Table.Td>
              {t("precision.range", { from: percent(b.from), to: percent(b.to) })}
            </Table.Td>
            <Table.Td ta="right">
              {t("precision.count", { matches: b.matches, decided: b.decided })}
            </Table.Td>
            <Table.Td ta="right">{b.precision === null ? "—" : percent(b.precision)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Possible duplicates among the organisation's children, best first, for a person to decide. */
export function ReviewQueuePage() {
  const { t } = useTranslation("review");
  const session = useSignedInSession();
  const isSupervisor = session.user.role === "supervisor";
  const [status, setStatus] = useState<"open" | "unsure">("open");
  const queryClient = useQueryClient();
  const queue = useQuery(reviewQueueQuery(status));
  const refresh = useMutation({
    mutationFn: refreshReviewQueue,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["match-pairs"] }),
  });
  return (
    <Stack gap="lg">
      <PageTitle>{t("queue.title")}</PageTitle>
      <Text maw={720}>{t("queue.intro")}</Text>
      <Group>
        <Button onClick={() => refresh.mutate()} loading={refresh.isPending} variant="light">
          {t("queue.refresh")}
        </Button>
        {isSupervisor ? (
          <SegmentedControl
            aria-label={t("queue.which")}
            value={status}
            onChange={(v) => setStatus(v === "unsure" ? "unsure" : "open")}
            data={[
              { value: "open", label: t("queue.open") },
              { value: "unsure", label: t("queue.unsure") },
            ]}
          />
        ) : null}
      </Group>
      {refresh.isSuccess ? (
        <Alert variant="light" role="status">
          {t("queue.refreshed", { count: refresh.data.scored })}
        </Alert>
      ) : null}
      <ProblemAlert error={refresh.error} />
      <QueryState query={queue}>
        {(data) => (
          <Stack gap="lg">
            <PrecisionTable bands={data.precision} />
            {data.items.length === 0 ? (
              <Text>{t("queue.empty")}</Text>
            ) : (
              <Table verticalSpacing="sm" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("queue.pair")}</Table.Th>
                    <Table.Th ta="right">{t("queue.probability")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((pair) => (
                    <PairRow key={pair.id} pair={pair} />
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
