import { Button, Card, Group, Stack, Textarea } from "@mantine/core";
import type { ReferralView } from "@sahabat/shared";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../app/api-client.ts";
import { translateFieldError } from "../ui/messages.ts";
import { ProblemAlert } from "../ui/ProblemAlert.tsx";
import { completeReferral, decideReferral, withdrawReferral } from "./referrals-api.ts";

type Change = () => Promise<ReferralView>;

function useReferralChange(r: ReferralView) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: Change) => change(),
    onSuccess: async (updated) => {
      queryClient.setQueryData(["referrals", r.id], updated);
      await queryClient.invalidateQueries({ queryKey: ["referrals", "list"] });
      await queryClient.invalidateQueries({ queryKey: ["notifications"] });
    },
  });
}

/** What the reader may do now, from the referral's `can` map: decide, record delivery, withdraw. */
export function ReferralActions({ r }: { r: ReferralView }) {
  const { t } = useTranslation("referrals");
  const { t: tc } = useTranslation();
  const change = useReferralChange(r);
  const [mode, setMode] = useState<"decline" | "complete" | null>(null);
  const [text, setText] = useState("");
  if (!r.can.decide && !r.can.complete && !r.can.withdraw) return null;
  const fieldMessage =
    change.error instanceof ApiError ? change.error.problem.errors?.[0] : undefined;
  const submitText = () => {
    if (!text.trim()) return;
    change.mutate(
      () =>
        mode === "decline"
          ? decideReferral(r.id, { accept: false, reason: text })
          : completeReferral(r.id, text),
      {
        onSuccess: () => {
          setMode(null);
          setText("");
        },
      },
    );
  };
  return (
    <Card withBorder padding="lg" component="section" aria-label={t("actions.label")}>
      <Stack gap="md">
        {mode === null && (
          <Group>
            {r.can.decide && (
              <>
                <Button
                  onClick={() => change.mutate(() => decideReferral(r.id, { accept: true }))}
                  loading={change.isPending}
                >
                  {t("actions.accept")}
                </Button>
                <Button variant="default" onClick={() => setMode("decline")}>
                  {t("actions.decline")}
                </Button>
              </>
            )}
            {r.can.complete && (
              <Button onClick={() => setMode("complete")}>{t("actions.complete")}</Button>
            )}
            {r.can.withdraw && (
              <Button
                variant="default"
                onClick={() => change.mutate(() => withdrawReferral(r.id))}
                loading={change.isPending}
              >
                {t("actions.withdraw")}
              </Button>
            )}
          </Group>
        )}
        {mode !== null && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              submitText();
            }}
          >
            <Stack gap="sm">
              <Textarea
                label={mode === "decline" ? t("actions.declineReason") : t("actions.outcome")}
                description={mode === "complete" ? t("actions.outcomeDescription") : undefined}
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
                error={fieldMessage && translateFieldError(tc, fieldMessage)}
                autosize
                minRows={3}
                size="md"
                required
              />
              <Group>
                <Button type="submit" loading={change.isPending} disabled={!text.trim()}>
                  {mode === "decline" ? t("actions.confirmDecline") : t("actions.confirmComplete")}
                </Button>
                <Button variant="default" onClick={() => setMode(null)}>
                  {t("cancel", { ns: "common" })}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
        <ProblemAlert error={fieldMessage ? null : change.error} />
      </Stack>
    </Card>
  );
}
