import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { apiRequest } from "../app/api-client.ts";
import { forgetSession } from "../app/sign-out.ts";
import { ProblemAlert } from "../ui/ProblemAlert.tsx";

/** Ends every session of the account, this one included (a lost phone, a shared computer). */
export function SignOutEverywhere() {
  const { t } = useTranslation("account");
  const [isAsking, ask] = useDisclosure(false);
  const queryClient = useQueryClient();
  const end = useMutation({
    mutationFn: () =>
      apiRequest("POST", "/api/auth/sign-out-everywhere", {
        schema: z.object({ ended: z.number() }),
      }),
    onSuccess: () => forgetSession(queryClient),
  });
  return (
    <Stack align="flex-start">
      <Text>{t("everywhere.intro")}</Text>
      <Button variant="default" onClick={ask.open}>
        {t("everywhere.button")}
      </Button>
      <Modal opened={isAsking} onClose={ask.close} title={t("everywhere.confirmTitle")} centered>
        <Stack>
          <Text>{t("everywhere.confirmBody")}</Text>
          <ProblemAlert error={end.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={ask.close}>
              {t("cancel")}
            </Button>
            <Button onClick={() => end.mutate()} loading={end.isPending}>
              {t("everywhere.confirm")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
