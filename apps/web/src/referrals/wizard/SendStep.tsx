import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Group, Stack, Text } from "@mantine/core";
import {
  type CaseDetail,
  type ProviderView,
  ReferralBody,
  type ShareableField,
} from "@sahabat/shared";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { FormProvider, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { ApiError } from "../../app/api-client.ts";
import type { ServiceCode } from "../../cases/vocabulary.ts";
import { AnchorLink } from "../../ui/AnchorLink.tsx";
import { TextAreaField, TextField } from "../../ui/fields.tsx";
import { showFieldErrors } from "../../ui/form-errors.ts";
import { ProblemAlert } from "../../ui/ProblemAlert.tsx";
import { useVocab } from "../../ui/vocab.ts";
import { createReferral } from "../referrals-api.ts";
import { StepHeading } from "./StepHeading.tsx";

const Why = ReferralBody.pick({ reason: true, legalBasis: true });
type Values = z.input<typeof Why>;
const fields = ["reason", "legalBasis"] as const;

/** Why the child is referred and on what legal basis; then the referral is sent. */
export function SendStep(props: {
  c: CaseDetail;
  provider: ProviderView;
  service: ServiceCode;
  fields: ShareableField[];
  onBack: () => void;
}) {
  const { c, provider, service } = props;
  const { t } = useTranslation("referrals");
  const vocab = useVocab();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    resolver: zodResolver(Why),
    defaultValues: { reason: "", legalBasis: "" },
  });
  const send = useMutation({
    mutationFn: (why: Values) =>
      createReferral(c.id, {
        providerId: provider.id,
        serviceKey: service,
        sharedFields: props.fields,
        ...why,
      }),
    onSuccess: async (referral) => {
      await queryClient.invalidateQueries({ queryKey: ["referrals"] });
      await queryClient.invalidateQueries({ queryKey: ["cases", c.id, "plan"], exact: true });
      await navigate({ to: "/referrals/$referralId", params: { referralId: referral.id } });
    },
    onError: (error) => showFieldErrors(form.setError, error, fields),
  });
  const isConsentMissing = send.error instanceof ApiError && send.error.code === "consent-required";
  return (
    <FormProvider {...form}>
      <form
        onSubmit={form.handleSubmit((v) => send.mutate(v))}
        noValidate
        aria-label={t("wizard.send.title")}
      >
        <Stack gap="lg" maw={760}>
          <StepHeading>{t("wizard.send.title")}</StepHeading>
          <Text>
            {t("wizard.send.summary", {
              service: vocab("service", service),
              provider: provider.name,
              count: props.fields.length,
            })}
          </Text>
          <TextAreaField
            name="reason"
            label={t("wizard.send.reason")}
            description={t("wizard.send.reasonDescription")}
          />
          <TextField
            name="legalBasis"
            label={t("wizard.send.legalBasis")}
            description={t("wizard.send.legalBasisDescription")}
          />
          <ProblemAlert error={send.error} isPlaced={(f) => fields.some((x) => x === f)} />
          {isConsentMissing && (
            <AnchorLink to="/cases/$caseId" params={{ caseId: c.id }} search={{ tab: "consent" }}>
              {t("wizard.fields.recordConsent")}
            </AnchorLink>
          )}
          <Group>
            <Button variant="default" onClick={props.onBack}>
              {t("back", { ns: "common" })}
            </Button>
            <Button type="submit" loading={send.isPending}>
              {t("wizard.send.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}
