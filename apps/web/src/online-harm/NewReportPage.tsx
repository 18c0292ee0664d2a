import { zodResolver } from "@hookform/resolvers/zod";
import { Checkbox, NativeSelect, Radio, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { Controller, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { ApiError } from "../app/api-client.ts";
import { serverFieldMessage, useFieldError } from "../ui/form-errors.ts";
import { PageTitle } from "../ui/PageTitle.tsx";
import { ProblemAlert } from "../ui/ProblemAlert.tsx";
import { SubmitOrCancel } from "../ui/SubmitOrCancel.tsx";
import { createReport, platformsQuery } from "./online-harm-api.ts";
import {
  emptyReportForm,
  formFieldOf,
  ReportFormValues,
  reportBodyOf,
  reportCategories,
  reporterKinds,
} from "./report-form.ts";

/**
 * A new online-harm report: where the content was seen, what it is, who reported it. Files are
 * added on the report's page once it exists. When the server refuses, what was typed stays and
 * each message sits next to its field.
 */
export function NewReportPage({ caseId }: { caseId?: string }) {
  const { t } = useTranslation("online-harm");
  const fieldError = useFieldError();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const platforms = useQuery(platformsQuery);
  const form = useForm<ReportFormValues>({
    resolver: zodResolver(ReportFormValues),
    defaultValues: emptyReportForm(new Date(), caseId),
  });
  const save = useMutation({
    mutationFn: (values: ReportFormValues) => createReport(reportBodyOf(values)),
    onSuccess: async (report) => {
      await queryClient.invalidateQueries({ queryKey: ["online-harm", "reports"] });
      await navigate({ to: "/online-harm/$reportId", params: { reportId: report.id } });
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) return;
      let isFirst = true;
      for (const fieldError of error.problem.errors ?? []) {
        const name = formFieldOf(fieldError.field);
        if (!name) continue;
        const message = serverFieldMessage(fieldError);
        form.setError(name, { type: "server", message }, { shouldFocus: isFirst });
        isFirst = false;
      }
    },
  });
  const { errors } = form.formState;
  const isAnonymous = form.watch("anonymous");
  return (
    <Stack gap="lg" maw={720}>
      <PageTitle>{t("new.title")}</PageTitle>
      <Text>{t("new.intro")}</Text>
      <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
        <Stack gap="md">
          <ProblemAlert error={save.error} isPlaced={(field) => formFieldOf(field) !== undefined} />
          <Textarea
            {...form.register("urls")}
            label={t("field.urls")}
            description={t("field.urlsDescription")}
            size="md"
            autosize
            minRows={3}
            spellCheck={false}
            error={fieldError(errors.urls)}
          />
          <NativeSelect
            {...form.register("platform")}
            label={t("field.platform")}
            description={t("field.platformDescription")}
            size="md"
            error={fieldError(errors.platform)}
          >
            <option value="">{t("choose", { ns: "common" })}</option>
            {(platforms.data ?? []).map((p) => (
              <option key={p.key} value={p.key}>
                {p.name}
              </option>
            ))}
          </NativeSelect>
          <NativeSelect
            {...form.register("category")}
            label={t("field.category")}
            size="md"
            error={fieldError(errors.category)}
          >
            <option value="">{t("choose", { ns: "common" })}</option>
            {reportCategories.map((c) => (
              <option key={c} value={c}>
                {t(`category.${c}`)}
              </option>
            ))}
          </NativeSelect>
          <Controller
            control={form.control}
            name="reporterKind"
            render={({ field }) => (
              <Radio.Group
                label={t("field.reporterKind")}
                value={field.value}
                onChange={field.onChange}
                error={fieldError(errors.reporterKind)}
                size="md"
              >
                <Stack gap="xs" mt="xs">
                  {reporterKinds.map((kind) => (
                    <Radio key={kind} value={kind} label={t(`reporterKind.${kind}`)} />
                  ))}
                </Stack>
              </Radio.Group>
            )}
          />
          <Checkbox
            {...form.register("anonymous")}
            label={t("field.anonymous")}
            description={t("field.anonymousDescription")}
            size="md"
            error={fieldError(errors.anonymous)}
          />
          {isAnonymous ? null : (
            <>
              <TextInput
                {...form.register("reporterName")}
                label={t("field.reporterName")}
                description={t("optional", { ns: "common" })}
                size="md"
                error={fieldError(errors.reporterName)}
              />
              <TextInput
                {...form.register("reporterContact")}
                label={t("field.reporterContact")}
                description={t("optional", { ns: "common" })}
                size="md"
                error={fieldError(errors.reporterContact)}
              />
            </>
          )}
          <TextInput
            {...form.register("reportedAt")}
            type="datetime-local"
            label={t("field.reportedAt")}
            size="md"
            error={fieldError(errors.reportedAt)}
          />
          <TextInput
            {...form.register("caseId")}
            label={t("field.caseId")}
            description={t("field.caseIdDescription")}
            size="md"
            spellCheck={false}
            error={fieldError(errors.caseId)}
          />
          <SubmitOrCancel
            label={t("new.submit")}
            isPending={save.isPending}
            size="md"
            onCancel={() => void navigate({ to: "/online-harm" })}
          />
        </Stack>
      </form>
    </Stack>
  );
}
