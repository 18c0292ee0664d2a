import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Stack, Text, Title } from "@mantine/core";
import { type CaseDetail, PersonUpdateBody } from "@sahabat/shared";
import { useState } from "react";
import { FormProvider, type Resolver, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../app/api-client.ts";
import { showServerFieldErrors } from "../../ui/form-errors.ts";
import { ProblemAlert } from "../../ui/ProblemAlert.tsx";
import { SubmitOrCancel } from "../../ui/SubmitOrCancel.tsx";
import { useCaseMutation } from "../case-mutation.ts";
import { correctPerson } from "../cases-api.ts";
import {
  type CorrectionValues,
  changedFields,
  correctionFields,
  correctionOf,
  toCorrectionBody,
} from "../person-correction.ts";
import { AgeFields } from "../register/AgeFields.tsx";
import { NameFields } from "../register/NameFields.tsx";

// The shared schema checks the whole correction as it would be sent; its field names are the
// API's (`givenName`), so its messages are placed under the form's `person.` fields.
const checkBody = zodResolver(PersonUpdateBody);
const resolver: Resolver<CorrectionValues, unknown, PersonUpdateBody> = async (
  values,
  context,
  options,
) => {
  const result = await checkBody(toCorrectionBody(values) as never, context, options as never);
  if (Object.keys(result.errors).length === 0)
    return { values: result.values as PersonUpdateBody, errors: {} };
  return { values: {}, errors: { person: result.errors } as never };
};

const isField = (field: string) => correctionFields.some((f) => `person.${f}` === field);

/** The server names the API's fields; the form holds them under `person.`. */
function underPerson(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const errors = (error.problem.errors ?? []).map((e) => ({ ...e, field: `person.${e.field}` }));
  return new ApiError(error.status, { ...error.problem, errors });
}

/**
 * Corrects the child's names, sex and age with the register form's fields. Only what changed
 * is sent; a refusal is shown next to its field and everything typed stays.
 */
export function PersonCorrectionForm({ c, onDone }: { c: CaseDetail; onDone: () => void }) {
  const { t } = useTranslation("cases");
  const [isUnchanged, setUnchanged] = useState(false);
  const form = useForm<CorrectionValues, unknown, PersonUpdateBody>({
    resolver,
    defaultValues: correctionOf(c),
  });
  const correct = useCaseMutation((body: PersonUpdateBody) => correctPerson(c.id, body), onDone);
  const onSubmit = form.handleSubmit(() => {
    const changed = changedFields(
      toCorrectionBody(form.getValues()),
      toCorrectionBody(correctionOf(c)),
    );
    if (Object.keys(changed).length === 0) return setUnchanged(true);
    setUnchanged(false);
    correct.mutate(changed as PersonUpdateBody, {
      onError: (e) => showServerFieldErrors(form.setError, underPerson(e), isField),
    });
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-label={t("personTab.correctTitle")}>
        <Stack gap="xl" maw={900}>
          <Stack gap={4}>
            <Title order={2} size="h3">
              {t("personTab.correctTitle")}
            </Title>
            <Text c="dimmed">{t("personTab.correctDescription")}</Text>
          </Stack>
          <NameFields />
          <AgeFields />
          {isUnchanged && (
            <Alert role="status" variant="light" color="sahabat">
              {t("personTab.unchanged")}
            </Alert>
          )}
          <ProblemAlert
            error={correct.error ? underPerson(correct.error) : null}
            isPlaced={isField}
          />
          <SubmitOrCancel
            label={t("personTab.save")}
            isPending={correct.isPending}
            onCancel={onDone}
            size="md"
          />
        </Stack>
      </form>
    </FormProvider>
  );
}
