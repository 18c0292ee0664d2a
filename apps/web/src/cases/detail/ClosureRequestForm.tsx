import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Group, Stack } from "@mantine/core";
import { type CaseDetail, ClosureRequestBody } from "@sahabat/shared";
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { RadioField, TextAreaField } from "../../ui/fields.tsx";
import { showFieldErrors } from "../../ui/form-errors.ts";
import { useOptions } from "../../ui/options.ts";
import { ProblemAlert } from "../../ui/ProblemAlert.tsx";
import { SubmitOrCancel } from "../../ui/SubmitOrCancel.tsx";
import { useCaseMutation } from "../case-mutation.ts";
import { requestClosure } from "../cases-api.ts";
import { closureOutcomes } from "../vocabulary.ts";

type Values = z.input<typeof ClosureRequestBody>;
type Body = z.output<typeof ClosureRequestBody>;

/** Asks a supervisor to close the case, with its outcome (and why, when "other"). */
export function ClosureRequestForm({ c }: { c: CaseDetail }) {
  const { t } = useTranslation("cases");
  const options = useOptions();
  const [isOpen, setOpen] = useState(false);
  const form = useForm<Values, unknown, Body>({
    resolver: zodResolver(ClosureRequestBody),
    defaultValues: { reason: "" },
  });
  const request = useCaseMutation(
    (body: Body) => requestClosure(c.id, body),
    () => setOpen(false),
  );
  if (!isOpen) {
    return (
      <Group>
        <Button variant="default" onClick={() => setOpen(true)}>
          {t("closure.open")}
        </Button>
      </Group>
    );
  }
  const onSubmit = form.handleSubmit((values) =>
    request.mutate(
      { ...values, reason: values.reason?.trim() ? values.reason : undefined },
      { onError: (e) => showFieldErrors(form.setError, e, ["outcome", "reason"]) },
    ),
  );
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-label={t("closure.title")}>
        <Stack gap="md" maw={560}>
          <RadioField
            name="outcome"
            label={t("closure.outcome")}
            description={t("closure.outcomeDescription")}
            options={options.of("closureOutcome", closureOutcomes)}
          />
          <TextAreaField name="reason" label={t("closure.reason")} />
          <ProblemAlert error={request.error} />
          <SubmitOrCancel
            label={t("closure.submit")}
            isPending={request.isPending}
            onCancel={() => setOpen(false)}
          />
        </Stack>
      </form>
    </FormProvider>
  );
}
