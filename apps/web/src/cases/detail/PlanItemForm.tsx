import { zodResolver } from "@hookform/resolvers/zod";
import { SimpleGrid, Stack } from "@mantine/core";
import { PlanItemBody, type PlanView } from "@sahabat/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { FormProvider, type Resolver, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { directoryQuery } from "../../directory/directory-api.ts";
import { SelectField, TextAreaField, TextField } from "../../ui/fields.tsx";
import { showFieldErrors } from "../../ui/form-errors.ts";
import { useOptions } from "../../ui/options.ts";
import { ProblemAlert } from "../../ui/ProblemAlert.tsx";
import { SubmitOrCancel } from "../../ui/SubmitOrCancel.tsx";
import { setPlanItem } from "../records-api.ts";
import type { ServiceCode } from "../vocabulary.ts";

type Item = z.infer<typeof PlanView>["items"][number];
type Values = {
  status: string;
  providerOrganisationId: string;
  startOn: string;
  endOn: string;
  outcome: string;
};
type Body = z.output<typeof PlanItemBody>;
const fields = ["status", "providerOrganisationId", "startOn", "endOn", "outcome"] as const;
const planStatuses = PlanItemBody.shape.status.options;

const checkBody = zodResolver(PlanItemBody);
const resolver: Resolver<Values, unknown, Body> = (values, context, options) =>
  checkBody(
    Object.fromEntries(
      Object.entries(values).filter(([, v]) => v !== "" && v !== undefined),
    ) as never,
    context,
    options as never,
  ) as never;

/** Plans one service: status, the organisation that provides it, dates and outcome. */
export function PlanItemForm(props: {
  caseId: string;
  serviceKey: ServiceCode;
  item: Item | undefined;
  onDone: () => void;
}) {
  const { caseId, serviceKey, item, onDone } = props;
  const { t } = useTranslation("cases");
  const options = useOptions();
  const queryClient = useQueryClient();
  const providers = useQuery(directoryQuery({ service: serviceKey }, 100));
  const form = useForm<Values, unknown, Body>({
    resolver,
    defaultValues: {
      status: item?.status ?? "planned",
      providerOrganisationId: item?.providerOrganisationId ?? "",
      startOn: item?.startOn ?? "",
      endOn: item?.endOn ?? "",
      outcome: item?.outcome ?? "",
    },
  });
  const save = useMutation({
    mutationFn: (body: Body) => setPlanItem(caseId, serviceKey, body),
    onSuccess: (plan) => {
      queryClient.setQueryData(["cases", caseId, "plan"], plan);
      onDone();
    },
    onError: (error) => showFieldErrors(form.setError, error, fields),
  });
  // Providers that are organisations on this node (a plan names an organisation).
  const providerOptions = (providers.data ?? [])
    .filter((p) => p.organisationId)
    .map((p) => ({ value: p.organisationId!, label: p.name }));
  return (
    <FormProvider {...form}>
      <form
        onSubmit={form.handleSubmit((body) => save.mutate(body))}
        noValidate
        aria-label={t("plan.formLabel")}
      >
        <Stack gap="md" mt="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <SelectField
              name="status"
              label={t("plan.status")}
              options={options.of("planStatus", planStatuses)}
            />
            <SelectField
              name="providerOrganisationId"
              label={t("plan.provider")}
              options={providerOptions}
              isOptional
            />
            <TextField name="startOn" label={t("plan.startOn")} type="date" />
            <TextField name="endOn" label={t("plan.endOn")} type="date" />
          </SimpleGrid>
          <TextAreaField name="outcome" label={t("plan.outcome")} />
          <ProblemAlert error={save.error} />
          <SubmitOrCancel label={t("plan.save")} isPending={save.isPending} onCancel={onDone} />
        </Stack>
      </form>
    </FormProvider>
  );
}
