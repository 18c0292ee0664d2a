import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Stack } from "@mantine/core";
import { type CaseDetail, CaseUpdateBody } from "@sahabat/shared";
import { useState } from "react";
import { FormProvider, type Resolver, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { showServerFieldErrors } from "../../ui/form-errors.ts";
import { ProblemAlert } from "../../ui/ProblemAlert.tsx";
import { SubmitOrCancel } from "../../ui/SubmitOrCancel.tsx";
import { type FactsValues, factsOf, toUpdateBody } from "../case-form-values.ts";
import { useCaseMutation } from "../case-mutation.ts";
import { updateCase } from "../cases-api.ts";
import { ExploitationFields } from "../facts/ExploitationFields.tsx";
import { FoundFields } from "../facts/FoundFields.tsx";
import { MovementFields } from "../facts/MovementFields.tsx";
import { RiskFields } from "../facts/RiskFields.tsx";

type Body = Required<CaseUpdateBody>;
const checkBody = zodResolver(CaseUpdateBody);
const resolver: Resolver<FactsValues, unknown, Body> = (values, context, options) =>
  checkBody(toUpdateBody(values) as never, context, options as never) as never;

/** Changes what is known about the case; only the answers changed are sent (and audited). */
export function FactsForm({ c, onDone }: { c: CaseDetail; onDone: () => void }) {
  const { t } = useTranslation("cases");
  const [isUnchanged, setUnchanged] = useState(false);
  const form = useForm<FactsValues, unknown, Body>({ resolver, defaultValues: factsOf(c) });
  const update = useCaseMutation((body: CaseUpdateBody) => updateCase(c.id, body), onDone);
  const onSubmit = form.handleSubmit((body) => {
    const dirty = form.formState.dirtyFields as Record<string, unknown>;
    const changed = Object.fromEntries(
      Object.entries(body).filter(([key]) => dirty[key] !== undefined && dirty[key] !== false),
    ) as CaseUpdateBody;
    if (Object.keys(changed).length === 0) return setUnchanged(true);
    setUnchanged(false);
    update.mutate(changed, {
      onError: (e) => showServerFieldErrors(form.setError, e, (f) => f in body || f.includes(".")),
    });
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-label={t("facts.edit")}>
        <Stack gap="xl" maw={900}>
          <FoundFields />
          <ExploitationFields />
          <MovementFields />
          <RiskFields />
          {isUnchanged && (
            <Alert role="status" variant="light" color="sahabat">
              {t("facts.unchanged")}
            </Alert>
          )}
          <ProblemAlert error={update.error} />
          <SubmitOrCancel
            label={t("facts.save")}
            isPending={update.isPending}
            onCancel={onDone}
            size="md"
          />
        </Stack>
      </form>
    </FormProvider>
  );
}
