import { Button, Checkbox, Stack, Text, Textarea } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../app/api-client.ts";
import { translateFieldError } from "../ui/messages.ts";
import { ProblemAlert } from "../ui/ProblemAlert.tsx";
import { destroyEvidence } from "./evidence-api.ts";
import { reasonProblem } from "./thumbnail-url.ts";

/**
 * Destroys the retained material (a supervisor): a reason, and a confirmation that it cannot
 * be undone. The record, its acquisition hashes and its custody stay. What was typed stays in
 * the form when the server refuses.
 */
export function DestroyForm({ evidenceId }: { evidenceId: string }) {
  const { t } = useTranslation("evidence");
  const tCommon = useTranslation().t;
  const queryClient = useQueryClient();
  const [reason, setReason] = useState("");
  const [isConfirmed, setConfirmed] = useState(false);
  const [errors, setErrors] = useState<{ reason?: string; confirm?: string }>({});
  const destroy = useMutation({
    mutationFn: (given: string) => destroyEvidence(evidenceId, given),
    onSuccess: (view) => {
      setErrors({});
      queryClient.setQueryData(["evidence", evidenceId], view);
    },
    onError: (error) => {
      const field = error instanceof ApiError ? error.problem.errors?.[0] : undefined;
      setErrors(field ? { reason: translateFieldError(tCommon, field) } : {});
    },
  });
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const problem = reasonProblem(reason);
    const found = {
      ...(problem ? { reason: t(`reasonProblem.${problem}`) } : {}),
      ...(isConfirmed ? {} : { confirm: t("destroy.confirmRequired") }),
    };
    setErrors(found);
    if (Object.keys(found).length === 0) destroy.mutate(reason.trim());
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={560}>
        <Text>{t("destroy.intro")}</Text>
        <ProblemAlert error={destroy.error} />
        <Textarea
          label={t("destroy.reason")}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={errors.reason}
          autosize
          minRows={2}
          size="md"
          required
        />
        <Checkbox
          label={t("destroy.confirm")}
          checked={isConfirmed}
          onChange={(event) => setConfirmed(event.currentTarget.checked)}
          error={errors.confirm}
        />
        <Button type="submit" color="red" loading={destroy.isPending} w="fit-content" size="md">
          {t("destroy.submit")}
        </Button>
      </Stack>
    </form>
  );
}
