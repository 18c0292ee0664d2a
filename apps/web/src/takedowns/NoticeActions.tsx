import { Alert, Button, Group, List, Radio, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { apiDownload } from "../app/api-client.ts";
import { ButtonLink } from "../ui/ButtonLink.tsx";
import { ProblemAlert } from "../ui/ProblemAlert.tsx";
import { Section } from "../ui/Section.tsx";
import { isCheckable, nextSteps } from "./next-steps.ts";
import {
  type CheckResult,
  checkRemoval,
  type NoticeDetail,
  type NoticeStep,
  recordNoticeStep,
  reportReupload,
  sendNotice,
} from "./takedowns-api.ts";

function useRefresh(id: string) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: ["takedowns"] });
    await queryClient.invalidateQueries({ queryKey: ["takedowns", "notice", id] });
  };
}

/** Sending: by e-mail to the platform's abuse address, or recorded as sent through its portal. */
function SendForm({ notice }: { notice: NoticeDetail }) {
  const { t } = useTranslation("takedowns");
  const refresh = useRefresh(notice.id);
  const [channel, setChannel] = useState<"email" | "portal">(notice.recipient.channel);
  const [reference, setReference] = useState("");
  const send = useMutation({
    mutationFn: () =>
      sendNotice(
        notice.id,
        channel === "email" ? { channel } : { channel, reference: reference.trim() },
      ),
    onSuccess: refresh,
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        send.mutate();
      }}
    >
      <Stack gap="sm">
        <ProblemAlert error={send.error} />
        <Radio.Group
          label={t("send.channel")}
          value={channel}
          onChange={(v) => setChannel(v === "email" ? "email" : "portal")}
        >
          <Group mt="xs">
            <Radio value="email" label={t("channel.email")} />
            <Radio value="portal" label={t("channel.portal")} />
          </Group>
        </Radio.Group>
        {channel === "portal" && (
          <TextInput
            label={t("send.reference")}
            description={t("send.referenceHelp")}
            value={reference}
            onChange={(e) => setReference(e.currentTarget.value)}
            required
            maw={420}
          />
        )}
        <div>
          <Button type="submit" loading={send.isPending}>
            {channel === "email" ? t("send.byEmail") : t("send.byPortal")}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

/** The steps allowed from the current state, each with an optional note. */
function StepButtons({ notice }: { notice: NoticeDetail }) {
  const { t } = useTranslation("takedowns");
  const refresh = useRefresh(notice.id);
  const [note, setNote] = useState("");
  const step = useMutation({
    mutationFn: (s: NoticeStep) => recordNoticeStep(notice.id, s, note.trim() || undefined),
    onSuccess: async () => {
      setNote("");
      await refresh();
    },
  });
  const steps = nextSteps(notice);
  if (steps.length === 0) return null;
  return (
    <Stack gap="sm">
      <ProblemAlert error={step.error} />
      <Textarea
        label={t("step.note")}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        autosize
        minRows={1}
        maxLength={2000}
      />
      <Group>
        {steps.map((s) => (
          <Button
            key={s}
            variant={s === "removed" ? "filled" : "default"}
            loading={step.isPending && step.variables === s}
            onClick={() => step.mutate(s)}
          >
            {t(`step.${s}`)}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}

/** A removal check's outcome per address, and the new cycle when the content came back. */
function CheckOutcome({ result }: { result: CheckResult }) {
  const { t } = useTranslation("takedowns");
  return (
    <Alert variant="light" color="sahabat" title={t("check.result")} role="status">
      <List>
        {result.checks.map((c) => (
          <List.Item key={c.url} style={{ overflowWrap: "anywhere" }}>
            {c.url}: {t(`outcome.${c.outcome}`, c.outcome)}
            {c.httpStatus !== null ? ` (HTTP ${c.httpStatus})` : ""}
          </List.Item>
        ))}
      </List>
      {result.reuploadNoticeId && (
        <ButtonLink
          mt="sm"
          variant="default"
          to="/takedowns/$id"
          params={{ id: result.reuploadNoticeId }}
        >
          {t("check.openCycle")}
        </ButtonLink>
      )}
    </Alert>
  );
}

/** What the officer may do with the notice now: send, record steps, check, re-upload, export. */
export function NoticeActions({ notice }: { notice: NoticeDetail }) {
  const { t } = useTranslation("takedowns");
  const navigate = useNavigate();
  const refresh = useRefresh(notice.id);
  const [download, setDownload] = useState<unknown>(null);
  const check = useMutation({ mutationFn: () => checkRemoval(notice.id), onSuccess: refresh });
  const reupload = useMutation({
    mutationFn: () => reportReupload(notice.id),
    onSuccess: async (next) => {
      await refresh();
      await navigate({ to: "/takedowns/$id", params: { id: next.id } });
    },
  });
  const save = (kind: "pdf" | "json") => {
    setDownload(null);
    apiDownload(
      "GET",
      `/api/takedowns/${notice.id}/notice.${kind}`,
      `takedown-${notice.id}.${kind}`,
    ).catch(setDownload);
  };
  return (
    <Stack gap="lg">
      <Section title={t("detail.export")}>
        <Stack gap="sm">
          <ProblemAlert error={download} />
          <Group>
            <Button variant="default" onClick={() => save("pdf")}>
              {t("detail.pdf")}
            </Button>
            <Button variant="default" onClick={() => save("json")}>
              {t("detail.json")}
            </Button>
            {notice.can.edit && (
              <ButtonLink variant="default" to="/takedowns/$id/edit" params={{ id: notice.id }}>
                {t("detail.edit")}
              </ButtonLink>
            )}
          </Group>
        </Stack>
      </Section>
      {notice.can.send && notice.status === "draft" && (
        <Section title={t("send.title")}>
          <SendForm notice={notice} />
        </Section>
      )}
      {notice.can.step && (
        <Section title={t("step.title")}>
          <Stack gap="md">
            <StepButtons notice={notice} />
            {isCheckable(notice) && (
              <Stack gap="sm">
                <Text size="sm" c="dimmed">
                  {t("check.help")}
                </Text>
                <ProblemAlert error={check.error} />
                <div>
                  <Button
                    variant="default"
                    loading={check.isPending}
                    onClick={() => check.mutate()}
                  >
                    {t("check.run")}
                  </Button>
                </div>
                {check.data && <CheckOutcome result={check.data} />}
              </Stack>
            )}
            {notice.status === "removed" && (
              <Stack gap="sm">
                <ProblemAlert error={reupload.error} />
                <div>
                  <Button
                    variant="default"
                    loading={reupload.isPending}
                    onClick={() => reupload.mutate()}
                  >
                    {t("reupload.open")}
                  </Button>
                </div>
              </Stack>
            )}
          </Stack>
        </Section>
      )}
    </Stack>
  );
}
