import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Group, SimpleGrid, Stack } from "@mantine/core";
import { ConsentBody, ConsentScope } from "@sahabat/shared";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { FormProvider, type Resolver, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { RadioField, SelectField, TextAreaField } from "../../ui/fields.tsx";
import { showFieldErrors } from "../../ui/form-errors.ts";
import { useOptions } from "../../ui/options.ts";
import { ProblemAlert } from "../../ui/ProblemAlert.tsx";
import { Section } from "../../ui/Section.tsx";
import { recordConsent } from "../records-api.ts";

type Values = { scope?: string; givenBy: string; decision: string; note: string };
type Body = z.output<typeof ConsentBody>;
const checkBody = zodResolver(ConsentBody);
const resolver: Resolver<Values, unknown, Body> = (values, context, options) =>
  checkBody(
    { ...values, note: values.note.trim() ? values.note : undefined } as never,
    context,
    options as never,
  ) as never;
const start: Values = { givenBy: "child", decision: "given", note: "" };

/** Records one consent or refusal; the child's view and the guardian's are separate records. */
export function ConsentForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation("cases");
  const options = useOptions();
  const queryClient = useQueryClient();
  const form = useForm<Values, unknown, Body>({ resolver, defaultValues: start });
  const record = useMutation({
    mutationFn: (body: Body) => recordConsent(caseId, body),
    onSuccess: async () => {
      form.reset({ ...start, scope: form.getValues("scope") });
      await queryClient.invalidateQueries({ queryKey: ["cases", caseId, "consents"], exact: true });
    },
    onError: (error) =>
      showFieldErrors(form.setError, error, ["scope", "givenBy", "decision", "note"]),
  });
  return (
    <Section title={t("consent.record")}>
      <FormProvider {...form}>
        <form
          onSubmit={form.handleSubmit((b) => record.mutate(b))}
          noValidate
          aria-label={t("consent.record")}
        >
          <Stack gap="md">
            <SelectField
              name="scope"
              label={t("consent.scope")}
              options={options.of("consentScope", ConsentScope.options)}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <RadioField
                name="givenBy"
                label={t("consent.givenBy")}
                options={options.of("givenBy", ["child", "guardian"])}
              />
              <RadioField
                name="decision"
                label={t("consent.decision")}
                options={options.of("consentDecision", ["given", "refused"])}
              />
            </SimpleGrid>
            <TextAreaField
              name="note"
              label={t("consent.note")}
              description={t("consent.noteDescription")}
            />
            <ProblemAlert error={record.error} />
            <Group>
              <Button type="submit" loading={record.isPending}>
                {t("consent.submit")}
              </Button>
            </Group>
          </Stack>
        </form>
      </FormProvider>
    </Section>
  );
}
