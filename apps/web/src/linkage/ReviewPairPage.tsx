import { Badge, Button, Group, SimpleGrid, Stack, Text, Textarea, Title } from "@mantine/core";
import type { MatchDecisionKind, MatchPairDetail } from "@sahabat/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../ui/AnchorLink.tsx";
import { PageTitle } from "../ui/PageTitle.tsx";
import { ProblemAlert } from "../ui/ProblemAlert.tsx";
import { QueryState } from "../ui/QueryState.tsx";
import { MatchWeights } from "./MatchWeights.tsx";
import { ReasonForm } from "./ReasonForm.tsx";
import { Decisions, PersonCard } from "./ReviewPairParts.tsx";
import { usePercent } from "./ReviewQueuePage.tsx";
import {
  decidePair,
  mergePersons,
  reopenPair,
  reviewPairQuery,
  unmergePersons,
} from "./review-api.ts";
import { WeightWaterfall } from "./WeightWaterfall.tsx";

function DecisionButtons({ pair, onDone }: { pair: MatchPairDetail; onDone: () => void }) {
  const { t } = useTranslation("review");
  const [note, setNote] = useState("");
  const decide = useMutation({
    mutationFn: (decision: MatchDecisionKind) =>
      decidePair(pair.id, { decision, version: pair.version, ...(note.trim() ? { note } : {}) }),
    onSuccess: onDone,
  });
  return (
    <Stack gap="sm" maw={640}>
      <ProblemAlert error={decide.error} />
      <Textarea
        label={t("decide.note")}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        autosize
        minRows={2}
      />
      <Group>
        <Button onClick={() => decide.mutate("match")} loading={decide.isPending}>
          {t("decide.match")}
        </Button>
        <Button
          variant="default"
          onClick={() => decide.mutate("not_match")}
          loading={decide.isPending}
        >
          {t("decide.notMatch")}
        </Button>
        {pair.status === "open" ? (
          <Button
            variant="subtle"
            onClick={() => decide.mutate("unsure")}
            loading={decide.isPending}
          >
            {t("decide.unsure")}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}

function PairView({ pair }: { pair: MatchPairDetail }) {
  const { t } = useTranslation("review");
  const percent = usePercent();
  const queryClient = useQueryClient();
  const refreshAll = () => {
    void queryClient.invalidateQueries({ queryKey: ["match-pair", pair.id] });
    void queryClient.invalidateQueries({ queryKey: ["match-pairs"] });
  };
  const merge = useMutation({
    mutationFn: (reason: string) =>
      mergePersons({ personIds: [pair.a.personId, pair.b.personId], reason }),
    onSuccess: refreshAll,
  });
  const unmerge = useMutation({
    mutationFn: (reason: string) => unmergePersons(pair.merge?.id ?? "", { reason }),
    onSuccess: refreshAll,
  });
  const reopen = useMutation({
    mutationFn: (reason: string) => reopenPair(pair.id, { version: pair.version, reason }),
    onSuccess: refreshAll,
  });
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Text fz="xl" fw={700} c="#0f5e6e">
          {t("pair.likelihood", { percent: percent(pair.probability) })}
        </Text>
        <Badge variant="light" size="lg">
          {t(`status.${pair.status}`)}
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <PersonCard side={t("pair.first")} person={pair.a} />
        <PersonCard side={t("pair.second")} person={pair.b} />
      </SimpleGrid>
      <Stack gap="xs">
        <Title order={2} fz="h4">
          {t("waterfall.title")}
        </Title>
        <WeightWaterfall explanation={pair.explanation} />
        <MatchWeights explanation={pair.explanation} />
      </Stack>
      {pair.can.decide ? <DecisionButtons pair={pair} onDone={refreshAll} /> : null}
      {pair.can.merge && pair.merge === null ? (
        <ReasonForm
          label={t("merge.reason")}
          description={pair.status === "match" ? t("merge.onDecision") : t("merge.explicit")}
          submit={t("merge.submit")}
          onSubmit={(r) => merge.mutateAsync(r)}
          error={merge.error}
          isPending={merge.isPending}
        />
      ) : null}
      {pair.merge ? <Text>{t("merge.merged", { reason: pair.merge.reason })}</Text> : null}
      {pair.can.unmerge ? (
        <ReasonForm
          label={t("unmerge.reason")}
          description={t("unmerge.description")}
          submit={t("unmerge.submit")}
          onSubmit={(r) => unmerge.mutateAsync(r)}
          error={unmerge.error}
          isPending={unmerge.isPending}
        />
      ) : null}
      {pair.can.reopen && !pair.merge ? (
        <ReasonForm
          label={t("reopen.reason")}
          description={t("reopen.description")}
          submit={t("reopen.submit")}
          onSubmit={(r) => reopen.mutateAsync(r)}
          error={reopen.error}
          isPending={reopen.isPending}
        />
      ) : null}
      <Decisions pair={pair} />
    </Stack>
  );
}

/** One possible duplicate side by side, the weights as a waterfall, and the decision. */
export function ReviewPairPage({ pairId }: { pairId: string }) {
  const { t } = useTranslation("review");
  const pair = useQuery(reviewPairQuery(pairId));
  return (
    <Stack gap="lg">
      <AnchorLink to="/duplicates">{t("pair.back")}</AnchorLink>
      <PageTitle>{t("pair.title")}</PageTitle>
      <QueryState query={pair}>{(data) => <PairView pair={data} />}</QueryState>
    </Stack>
  );
}
