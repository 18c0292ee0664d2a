import { Button, Stack, Text } from "@mantine/core";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../ui/AnchorLink.tsx";
import { PageTitle } from "../ui/PageTitle.tsx";
import { QueryState } from "../ui/QueryState.tsx";
import { NoImageNote } from "./MatchesTable.tsx";
import { MatchReviewCard } from "./MatchReviewCard.tsx";
import { reviewMatchesQuery } from "./online-harm-api.ts";

/**
 * Matches waiting for a person: perceptual hits, exact hits on unverified lists and hits on
 * quarantined entries, best (nearest) first as the server orders them.
 */
export function MatchReviewPage() {
  const { t } = useTranslation("online-harm");
  const matches = useInfiniteQuery(reviewMatchesQuery());
  return (
    <Stack gap="lg" maw={1100}>
      <PageTitle>{t("review.title")}</PageTitle>
      <AnchorLink to="/online-harm">{t("report.back")}</AnchorLink>
      <Text maw={760}>{t("review.intro")}</Text>
      <NoImageNote />
      <QueryState query={matches}>
        {(data) => {
          const items = data.pages.flatMap((page) => page.items);
          if (items.length === 0) return <Text>{t("review.empty")}</Text>;
          return (
            <Stack gap="md">
              {items.map((match) => (
                <MatchReviewCard key={match.id} match={match} />
              ))}
              {matches.hasNextPage ? (
                <Button
                  variant="default"
                  onClick={() => void matches.fetchNextPage()}
                  loading={matches.isFetchingNextPage}
                  w="fit-content"
                >
                  {t("loadMore", { ns: "common" })}
                </Button>
              ) : null}
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
