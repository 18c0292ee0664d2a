import { Button, NativeSelect, Stack, Text, Textarea } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../app/api-client.ts";
import { translateFieldError } from "../ui/messages.ts";
import { ProblemAlert } from "../ui/ProblemAlert.tsx";
import { type CloseOutcome, closeReport, type ReportView } from "./online-harm-api.ts";
import {
  type CloseFormProblems,
  closeFieldOf,
  closeFormProblems,
  closeOutcomes,
} from "./report-close.ts";

/**
 * Closes the report with an outcome and a reason (supervisors and investigators; the page shows
 * this only when the report's `can.close` says so). A closed report takes no more files. On a
 * refusal — someone closed it meanwhile (409), a reason the server refuses — what was chosen
 * and typed stays, with the message next to its field.
 */
export function CloseReportForm({ report }: { report: ReportView }) {
  const { t } = useTranslation("online-harm");
  const tCommon = useTranslation().t;
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<CloseOutcome | null>(null);
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Partial<Record<"outcome" | "reason", string>>>({});
  const close = useMutation({
    mutationFn: (body: { outcome: CloseOutcome; reason: string }) => closeReport(report.id, body),
    onSuccess: async (view) => {
      setErrors({});
      queryClient.setQueryData(["online-harm", "report", report.id], view);
      await queryClient.invalidateQueries({ queryKey: ["online-harm", "reports"] });
    },
    onError: (error) => {
      const found: Partial<Record<"outcome" | "reason", string>> = {};
      if (error instanceof ApiError)
        for (const e of error.problem.errors ?? [])
          found[closeFieldOf(e.field)] ??= translateFieldError(tCommon, e);
      setErrors(found);
    },
  });
  const messageOf = (problems: CloseFormProblems) => ({
    ...(problems.outcome ? { outcome: tCommon("validation.required") } : {}),
    ...(problems.reason === "required" ? { reason: tCommon("validation.required") } : {}),
    ...(problems.reason === "tooShort" ? { reason: t("close.reasonTooShort") } : {}),
  });
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found = messageOf(closeFormProblems({ outcome, reason }));
    setErrors(found);
    if (outcome && Object.keys(found).length === 0)
      close.mutate({ outcome, reason: reason.trim() });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={560}>
        <Text>{t("close.intro")}</Text>
        <ProblemAlert error={close.error} />
        <NativeSelect
          label={t("close.outcome")}
          value={outcome ?? ""}
          onChange={(event) => setOutcome((event.currentTarget.value || null) as CloseOutcome)}
          size="md"
          required
          error={errors.outcome}
        >
          <option value="">{tCommon("choose")}</option>
          {closeOutcomes.map((o) => (
            <option key={o} value={o}>
              {t(`closeOutcome.${o}`)}
            </option>
          ))}
        </NativeSelect>
        <Textarea
          label={t("close.reason")}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          size="md"
          autosize
          minRows={2}
          required
          error={errors.reason}
        />
        <Button type="submit" loading={close.isPending} w="fit-content" size="md">
          {t("close.submit")}
        </Button>
      </Stack>
    </form>
  );
}
