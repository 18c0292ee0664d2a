import { Button, Stack, Text } from "@mantine/core";
import { HitQueryView } from "@sahabat/shared";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { apiRequest } from "../app/api-client.ts";
import { useFormat } from "../ui/format.ts";
import { QueryState } from "../ui/QueryState.tsx";

/**
 * Who asked whether this organisation holds an identifier, and why: shown to the holder's
 * supervisors from their notification. The identifier itself is not part of the answer.
 */
export function HitQueryDetails({ hitQueryId }: { hitQueryId: string }) {
  const { t } = useTranslation("selectors");
  const [isOpen, setOpen] = useState(false);
  return isOpen ? (
    <Details hitQueryId={hitQueryId} />
  ) : (
    <Button variant="default" size="sm" onClick={() => setOpen(true)}>
      {t("received.show")}
    </Button>
  );
}

function Details({ hitQueryId }: { hitQueryId: string }) {
  const { t } = useTranslation("selectors");
  const format = useFormat();
  const query = useQuery({
    queryKey: ["hit-queries", hitQueryId],
    queryFn: () =>
      apiRequest("GET", `/api/selectors/hit-queries/${hitQueryId}`, { schema: HitQueryView }),
  });
  return (
    <QueryState query={query}>
      {(q) => (
        <Stack gap={0} role="status">
          <Text size="sm">
            {t("received.who", {
              name: q.askedBy.name,
              organisation: q.askingOrganisation.name,
              country: format.country(q.askingOrganisation.countryCode),
            })}
          </Text>
          <Text size="sm">
            {t("received.why", { purpose: t(`purpose.${q.purpose.code}`), text: q.purpose.text })}
          </Text>
          <Text size="sm">
            {t("received.about", {
              kinds: q.selectorKinds
                .map((k) =>
                  k === "person" ? t("received.person") : t(`kind.${k}` as "kind.phone"),
                )
                .join(", "),
            })}
          </Text>
          <Text size="sm">
            {t("received.contact")} <a href={`mailto:${q.askedBy.email}`}>{q.askedBy.email}</a>
          </Text>
        </Stack>
      )}
    </QueryState>
  );
}
