import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { type CaseDetail, ClosureDecisionBody } from "@sahabat/shared";
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { TextAreaField } from "../../ui/fields.tsx";
import { showFieldErrors } from "../../ui/form-errors.ts";
import { ProblemAlert } from "../../ui/ProblemAlert.tsx";
import { SubmitOrCancel } from "../../ui/SubmitOrCancel.tsx";
import { useVocab } from "../../ui/vocab.ts";
import { useCaseMutation } from "../case-mutation.ts";
import { decideClosure } from "../cases-api.ts";

type Values = z.input<typeof ClosureDecisionBody>;
type Body = z.output<typeof ClosureDecisionBody>;

/**
 * A supervisor (never the requester) approves the requested closure, or refuses it saying why:
 * the case goes back to services and its workers read the reason on the case.
 */
export function ClosureDecision({ c }: { c: CaseDetail }) {
  const { t } = useTranslation("cases");
  const vocab = useVocab();
  const [isRefusing, setRefusing] = useState(false);
  const form = useForm<Values, unknown, Body>({
    resolver: zodResolver(ClosureDecisionBody),
    defaultValues: { approve: false, reason: "" },
  });
  const decide = useCaseMutation((body: Body) => decideClosure(c.id, body));
  const onRefuse = form.handleSubmit((values) =>
    decide.mutate(
      { approve: false, reason: values.reason },
      { onError: (e) => showFieldErrors(form.setError, e, ["reason"]) },
    ),
  );
  return (
    <Alert variant="light" color="sahabat" title={t("lifecycle.approveTitle")}>
      <Stack gap="sm">
        <Text>
          {t("lifecycle.requestedOutcome", {
            outcome: vocab("closureOutcome", c.closureOutcome),
          })}
        </Text>
        {!isRefusing && (
          <Group>
            <Button onClick={() => decide.mutate({ approve: true })} loading={decide.isPending}>
              {t("lifecycle.approve")}
            </Button>
            <Button variant="default" onClick={() => setRefusing(true)}>
              {t("lifecycle.refuse")}
            </Button>
          </Group>
        )}
        {isRefusing && (
          <FormProvider {...form}>
            <form onSubmit={onRefuse} noValidate aria-label={t("lifecycle.refuse")}>
              <Stack gap="sm" maw={560}>
                <TextAreaField name="reason" label={t("lifecycle.refuseReason")} />
                <SubmitOrCancel
                  label={t("lifecycle.confirmRefuse")}
                  isPending={decide.isPending}
                  onCancel={() => setRefusing(false)}
                />
              </Stack>
            </form>
          </FormProvider>
        )}
        <ProblemAlert error={decide.error} isPlaced={(field) => field === "reason"} />
      </Stack>
    </Alert>
  );
}
