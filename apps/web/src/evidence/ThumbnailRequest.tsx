import { Button, Image, Stack, Text, Textarea } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../app/api-client.ts";
import { translateFieldError } from "../ui/messages.ts";
import { ProblemAlert } from "../ui/ProblemAlert.tsx";
import { requestThumbnail } from "./evidence-api.ts";
import { createObjectUrlSlot, reasonProblem } from "./thumbnail-url.ts";

/**
 * Asks for the small blurred thumbnail of a retained image, with a reason. The picture lives
 * only in this component's state, from an object URL revoked when it is replaced or the page
 * is left; it never enters the query cache. Every request, granted or refused, is on the item's
 * custody, so the custody is read again afterwards. The reason stays in the field on a refusal.
 */
export function ThumbnailRequest({ evidenceId }: { evidenceId: string }) {
  const { t } = useTranslation("evidence");
  const tCommon = useTranslation().t;
  const queryClient = useQueryClient();
  const slot = useRef(createObjectUrlSlot());
  const [imageUrl, setImageUrl] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  useEffect(() => {
    const held = slot.current;
    return () => held.clear();
  }, []);
  const request = useMutation({
    mutationFn: (given: string) => requestThumbnail(evidenceId, given),
    onSuccess: (blob) => {
      setReasonError(null);
      setImageUrl(slot.current.set(blob));
    },
    onError: (error) => {
      const field = error instanceof ApiError ? error.problem.errors?.[0] : undefined;
      setReasonError(field ? translateFieldError(tCommon, field) : null);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["evidence", evidenceId] }),
  });
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const problem = reasonProblem(reason);
    if (problem) return setReasonError(t(`reasonProblem.${problem}`));
    request.mutate(reason.trim());
  };
  const hide = () => {
    slot.current.clear();
    setImageUrl(null);
  };
  return (
    <Stack gap="sm" maw={560}>
      <Text>{t("thumbnail.intro")}</Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ProblemAlert error={request.error} />
          <Textarea
            label={t("thumbnail.reason")}
            description={t("thumbnail.reasonDescription")}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={reasonError}
            autosize
            minRows={2}
            size="md"
            required
          />
          <Button type="submit" loading={request.isPending} w="fit-content" size="md">
            {t("thumbnail.submit")}
          </Button>
        </Stack>
      </form>
      {imageUrl ? (
        <Stack gap="xs" role="status">
          <Image src={imageUrl} alt={t("thumbnail.alt")} w={128} h={128} fit="contain" />
          <Button variant="default" w="fit-content" onClick={hide}>
            {t("thumbnail.hide")}
          </Button>
        </Stack>
      ) : null}
    </Stack>
  );
}
