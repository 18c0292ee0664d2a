import {
  Alert,
  Button,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { FormProvider, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { CheckboxesField } from "../ui/fields.tsx";
import { showServerFieldErrors, useErrorOf } from "../ui/form-errors.ts";
import { useFormat } from "../ui/format.ts";
import { ProblemAlert } from "../ui/ProblemAlert.tsx";
import { QueryState } from "../ui/QueryState.tsx";
import { Section } from "../ui/Section.tsx";
import {
  type NoticeValues,
  noticeBody,
  noticeLanguages,
  requestedActions,
} from "./notice-form-values.ts";
import { takedownCategories } from "./notice-prefill.ts";
import { TargetFields } from "./TargetFields.tsx";
import { type Notice, type NoticeBody, platformsQuery } from "./takedowns-api.ts";

/** Every field path the form shows, so that a server error on any of them lands beside it. */
function isShownField(field: string): boolean {
  return /^(language|platform|category|explanation|decisionReference|requestedActions|preservationDays|redress|reportReceivedAt|issuer\.\w+|responseChannel\.(email|url)|targets(\.\d+(\.(url|contentId|accountId|firstSeenAt|lastSeenAt|captureMethod|excerpt|fingerprints\.\d+\.value))?)?)$/.test(
    field,
  );
}

/** The legal basis a saved notice carries, with its deadline (from the country data). */
export function LegalBasisNote({ basis }: { basis: Notice["legalBasis"] }) {
  const { t } = useTranslation("takedowns");
  const format = useFormat();
  return (
    <Alert variant="light" color="sahabat" title={t("legal.title")}>
      <Stack gap={4}>
        <Text size="sm">
          {format.country(basis.countryCode)} · {basis.statute}
        </Text>
        <Text size="sm">{basis.citation}</Text>
        <Text size="sm" fw={700}>
          {basis.isStatutoryDeadline
            ? t("legal.statutory", { hours: basis.deadlineHours })
            : t("legal.serviceLevel", { hours: basis.deadlineHours })}
        </Text>
        {basis.isIllustrative && <Text size="sm">{t("legal.illustrative")}</Text>}
      </Stack>
    </Alert>
  );
}

/**
 * A takedown notice's draft, new or edited. What the officer typed stays when the server
 * refuses it, each refused field marked. Content is identified by address and fingerprints:
 * the form has no place for material.
 */
export function NoticeForm({
  initial,
  legalBasis,
  save,
  submitLabel,
  onCancel,
}: {
  initial: NoticeValues;
  legalBasis?: Notice["legalBasis"];
  save: (body: NoticeBody) => Promise<Notice>;
  submitLabel: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation("takedowns");
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const platforms = useQuery(platformsQuery());
  const form = useForm<NoticeValues>({ defaultValues: initial });
  const errorOf = useErrorOf(form);
  const mutation = useMutation({
    mutationFn: save,
    onSuccess: async (notice) => {
      await queryClient.invalidateQueries({ queryKey: ["takedowns"] });
      await navigate({ to: "/takedowns/$id", params: { id: notice.id } });
    },
    onError: (error) => {
      showServerFieldErrors(form.setError, error, isShownField);
    },
  });
  const platformKey = form.watch("platform");
  const platform = platforms.data?.find((p) => p.key === platformKey);
  const keepsEvidence = form.watch("requestedActions")?.includes("preserve_evidence");
  const submit = form.handleSubmit((values) => {
    form.clearErrors();
    mutation.mutate(noticeBody(values));
  });
  // The form mounts once the directory is in: a native select takes its default value only if
  // the option is there when it mounts (a prefilled or saved platform would otherwise show empty
  // and be sent empty).
  if (!platforms.data) return <QueryState query={platforms}>{() => null}</QueryState>;
  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <ProblemAlert error={mutation.error} isPlaced={isShownField} />
          <Section title={t("form.recipient")}>
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <NativeSelect
                  {...form.register("platform")}
                  label={t("form.platform")}
                  required
                  error={errorOf("platform")}
                >
                  <option value="">{tc("choose")}</option>
                  {platforms.data.map((p) => (
                    <option key={p.key} value={p.key}>
                      {p.name}
                    </option>
                  ))}
                </NativeSelect>
                <NativeSelect
                  {...form.register("category")}
                  label={t("form.category")}
                  required
                  error={errorOf("category")}
                >
                  <option value="">{tc("choose")}</option>
                  {takedownCategories.map((c) => (
                    <option key={c} value={c}>
                      {t(`category.${c}`)}
                    </option>
                  ))}
                </NativeSelect>
                <NativeSelect
                  {...form.register("language")}
                  label={t("form.language")}
                  required
                  error={errorOf("language")}
                >
                  {noticeLanguages.map((code) => (
                    <option key={code} value={code}>
                      {t(`language.${code}`)}
                    </option>
                  ))}
                </NativeSelect>
              </SimpleGrid>
              {platform && (
                <Text size="sm" c="dimmed">
                  {t(`channel.${platform.channel}`)}: {platform.abuseContact}
                  {platform.isIllustrative ? ` · ${t("illustrative")}` : ""}
                </Text>
              )}
            </Stack>
          </Section>
          <Section title={t("form.issuer")}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                {...form.register("issuer.unit")}
                label={t("form.unit")}
                required
                error={errorOf("issuer.unit")}
              />
              <TextInput
                {...form.register("issuer.contactName")}
                label={t("form.contactName")}
                required
                error={errorOf("issuer.contactName")}
              />
              <TextInput
                {...form.register("issuer.contactEmail")}
                type="email"
                label={t("form.contactEmail")}
                required
                error={errorOf("issuer.contactEmail")}
              />
              <TextInput
                {...form.register("issuer.contactPhone")}
                type="tel"
                label={t("form.contactPhone")}
                error={errorOf("issuer.contactPhone")}
              />
            </SimpleGrid>
          </Section>
          <Section title={t("form.targets")}>
            <Text size="sm" c="dimmed" mb="sm">
              {t("form.targetsHelp")}
            </Text>
            <TargetFields />
          </Section>
          <Section title={t("form.grounds")}>
            <Stack gap="sm">
              {legalBasis ? (
                <LegalBasisNote basis={legalBasis} />
              ) : (
                <Text size="sm" c="dimmed">
                  {t("legal.afterSave")}
                </Text>
              )}
              <Textarea
                {...form.register("explanation")}
                label={t("form.explanation")}
                description={t("form.explanationHelp")}
                autosize
                minRows={3}
                required
                error={errorOf("explanation")}
              />
              <TextInput
                {...form.register("decisionReference")}
                label={t("form.decisionReference")}
                error={errorOf("decisionReference")}
              />
              <TextInput
                {...form.register("reportReceivedAt")}
                type="datetime-local"
                label={t("form.reportReceivedAt")}
                required
                maw={320}
                error={errorOf("reportReceivedAt")}
              />
            </Stack>
          </Section>
          <Section title={t("form.actions")}>
            <Stack gap="sm">
              <CheckboxesField
                name="requestedActions"
                label={t("form.requestedActions")}
                options={requestedActions.map((a) => ({ value: a, label: t(`action.${a}`) }))}
              />
              {keepsEvidence && (
                <TextInput
                  {...form.register("preservationDays")}
                  type="number"
                  min={1}
                  max={730}
                  label={t("form.preservationDays")}
                  maw={240}
                  error={errorOf("preservationDays")}
                />
              )}
              <Textarea
                {...form.register("redress")}
                label={t("form.redress")}
                description={t("form.redressHelp")}
                autosize
                minRows={2}
                required
                error={errorOf("redress")}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  {...form.register("responseChannel.email")}
                  type="email"
                  label={t("form.responseEmail")}
                  error={errorOf("responseChannel.email")}
                />
                <TextInput
                  {...form.register("responseChannel.url")}
                  type="url"
                  label={t("form.responseUrl")}
                  error={errorOf("responseChannel.url")}
                />
              </SimpleGrid>
            </Stack>
          </Section>
          <Group>
            <Button type="submit" loading={mutation.isPending}>
              {submitLabel}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {tc("cancel")}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}
