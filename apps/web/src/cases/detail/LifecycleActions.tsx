import { Button, Group, Stack, Text } from "@mantine/core";
import type { CaseDetail } from "@sahabat/shared";
import { useTranslation } from "react-i18next";
import { useSignedInSession } from "../../app/signed-in.ts";
import { ProblemAlert } from "../../ui/ProblemAlert.tsx";
import { useCaseMutation } from "../case-mutation.ts";
import { advanceCase } from "../cases-api.ts";
import { ClosureDecision } from "./ClosureDecision.tsx";
import { ClosureRequestForm } from "./ClosureRequestForm.tsx";

const nextStep: Record<string, "assessed" | "in_services"> = {
  open: "assessed",
  assessed: "in_services",
};

/**
 * The next steps of the lifecycle the reader may take, from the case's `can` map: assessed →
 * in services → closure requested → closed. A supervisor other than the requester approves.
 */
export function LifecycleActions({ c }: { c: CaseDetail }) {
  const { t } = useTranslation("cases");
  const { user } = useSignedInSession();
  const advance = useCaseMutation((to: "assessed" | "in_services") => advanceCase(c.id, to));
  const next = nextStep[c.status];
  const isWaiting = c.status === "closure_requested";
  return (
    <Stack gap="md">
      {next && c.can.update && (
        <Group>
          <Button
            variant="default"
            onClick={() => advance.mutate(next)}
            loading={advance.isPending}
          >
            {t(`lifecycle.to.${next}`)}
          </Button>
        </Group>
      )}
      <ProblemAlert error={advance.error} isPlaced={() => false} />
      {c.can.approveClosure && <ClosureDecision c={c} />}
      {isWaiting && !c.can.approveClosure && (
        <Text role="status">
          {user.role === "supervisor" ? t("lifecycle.waitingOther") : t("lifecycle.waiting")}
        </Text>
      )}
      {c.can.requestClosure && <ClosureRequestForm c={c} />}
    </Stack>
  );
}
