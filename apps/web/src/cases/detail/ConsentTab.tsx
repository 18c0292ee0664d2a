import { Alert, Button, Stack, Table, Text } from "@mantine/core";
import type { CaseDetail } from "@sahabat/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../ui/format.ts";
import { ProblemAlert } from "../../ui/ProblemAlert.tsx";
import { QueryState } from "../../ui/QueryState.tsx";
import { Section } from "../../ui/Section.tsx";
import { useVocab } from "../../ui/vocab.ts";
import { consentsQuery, hasSharingConsent, withdrawConsent } from "../records-api.ts";
import { ConsentForm } from "./ConsentForm.tsx";

/** Consent records: to what, by whom (the child's own view and the guardian's), when, withdrawn. */
export function ConsentTab({ c }: { c: CaseDetail }) {
  const { t } = useTranslation("cases");
  const consents = useQuery(consentsQuery(c.id));
  return (
    <Stack gap="lg" maw={960}>
      <Text>{t("consent.intro")}</Text>
      {consents.data && (
        <Alert
          variant="light"
          color={hasSharingConsent(consents.data) ? "sahabat" : "gray"}
          role="status"
        >
          {hasSharingConsent(consents.data) ? t("consent.sharingInForce") : t("consent.noSharing")}
        </Alert>
      )}
      {c.can.update && <ConsentForm caseId={c.id} />}
      <Section title={t("consent.title")}>
        <QueryState query={consents}>
          {(list) =>
            list.length === 0 ? (
              <Text c="dimmed">{t("consent.none")}</Text>
            ) : (
              <ConsentTable caseId={c.id} canWithdraw={c.can.update} consents={list} />
            )
          }
        </QueryState>
      </Section>
    </Stack>
  );
}

type Consent = {
  id: string;
  scope: string;
  givenBy: string;
  decision: string;
  recordedAt: string;
  withdrawnAt: string | null;
  note: string | null;
};

function ConsentTable(props: { caseId: string; canWithdraw: boolean; consents: Consent[] }) {
  const { caseId, canWithdraw, consents } = props;
  const { t } = useTranslation("cases");
  const vocab = useVocab();
  const format = useFormat();
  const queryClient = useQueryClient();
  const withdraw = useMutation({
    mutationFn: (id: string) => withdrawConsent(caseId, id),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: ["cases", caseId, "consents"], exact: true }),
  });
  return (
    <Stack gap="sm">
      <ProblemAlert error={withdraw.error} />
      <Table.ScrollContainer minWidth={760}>
        <Table striped verticalSpacing="sm" fz="md">
          <Table.Caption>{t("consent.caption")}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("consent.scope")}</Table.Th>
              <Table.Th scope="col">{t("consent.givenBy")}</Table.Th>
              <Table.Th scope="col">{t("consent.decision")}</Table.Th>
              <Table.Th scope="col">{t("consent.recordedAt")}</Table.Th>
              <Table.Th scope="col">{t("consent.note")}</Table.Th>
              <Table.Th scope="col">{t("consent.inForce")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {consents.map((x) => (
              <Table.Tr key={x.id}>
                <Table.Td>{vocab("consentScope", x.scope)}</Table.Td>
                <Table.Td>{vocab("givenBy", x.givenBy)}</Table.Td>
                <Table.Td>{vocab("consentDecision", x.decision)}</Table.Td>
                <Table.Td>{format.dateTime(x.recordedAt)}</Table.Td>
                <Table.Td>{x.note ?? "—"}</Table.Td>
                <Table.Td>
                  {x.withdrawnAt ? (
                    t("consent.withdrawnOn", { date: format.date(x.withdrawnAt) })
                  ) : x.decision === "given" && canWithdraw ? (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => withdraw.mutate(x.id)}
                      aria-label={t("consent.withdrawLabel", {
                        scope: vocab("consentScope", x.scope),
                        by: vocab("givenBy", x.givenBy),
                      })}
                    >
                      {t("consent.withdraw")}
                    </Button>
                  ) : (
                    "—"
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
