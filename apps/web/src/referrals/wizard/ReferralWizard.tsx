import { Stack, Stepper, Text } from "@mantine/core";
import type { CaseDetail, ProviderView, ShareableField } from "@sahabat/shared";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { caseQuery } from "../../cases/cases-api.ts";
import { personTitle } from "../../cases/names.ts";
import type { ServiceCode } from "../../cases/vocabulary.ts";
import { AnchorLink } from "../../ui/AnchorLink.tsx";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { QueryState } from "../../ui/QueryState.tsx";
import { useVocab } from "../../ui/vocab.ts";
import { ChooseFieldsStep } from "./ChooseFieldsStep.tsx";
import { ChooseProviderStep } from "./ChooseProviderStep.tsx";
import { PreviewStep } from "./PreviewStep.tsx";
import { SendStep } from "./SendStep.tsx";

/** Fields most services need and that do not identify the child: the starting choice. */
const startingFields: ShareableField[] = ["person.sex", "person.age", "person.languages"];

/**
 * Referring a case: choose a provider from the directory (filtered by the planned service and
 * the child), choose the fields to share, see exactly what the receiver will see, then give the
 * reason and legal basis and send.
 */
export function ReferralWizard({ caseId, service }: { caseId: string; service?: ServiceCode }) {
  const query = useQuery(caseQuery(caseId));
  return (
    <QueryState query={query}>{(c) => <Wizard c={c} service={service ?? "MSP01"} />}</QueryState>
  );
}

function Wizard({ c, service }: { c: CaseDetail; service: ServiceCode }) {
  const { t } = useTranslation("referrals");
  const vocab = useVocab();
  const [step, setStep] = useState(0);
  const [provider, setProvider] = useState<ProviderView | null>(null);
  const [fields, setFields] = useState<ShareableField[]>(startingFields);
  const serviceName = vocab("service", service);
  return (
    <Stack gap="lg" maw={1000}>
      <Stack gap={4}>
        <PageTitle>{t("wizard.title", { service: serviceName })}</PageTitle>
        <Text>
          {t("wizard.forCase")}{" "}
          <AnchorLink to="/cases/$caseId" params={{ caseId: c.id }} search={{ tab: "plan" }}>
            {personTitle(c.person)} · {c.reference}
          </AnchorLink>
        </Text>
      </Stack>
      <Stepper active={step} onStepClick={(s) => s < step && setStep(s)} size="sm">
        <Stepper.Step label={t("wizard.step.provider")} description={provider?.name} />
        <Stepper.Step label={t("wizard.step.fields")} />
        <Stepper.Step label={t("wizard.step.preview")} />
        <Stepper.Step label={t("wizard.step.send")} />
      </Stepper>
      {step === 0 && (
        <ChooseProviderStep
          c={c}
          service={service}
          onChoose={(p) => {
            setProvider(p);
            setStep(1);
          }}
        />
      )}
      {step === 1 && provider && (
        <ChooseFieldsStep
          c={c}
          provider={provider}
          fields={fields}
          onChange={setFields}
          onBack={() => setStep(0)}
          onNext={() => setStep(2)}
        />
      )}
      {step === 2 && provider && (
        <PreviewStep
          c={c}
          provider={provider}
          fields={fields}
          onBack={() => setStep(1)}
          onNext={() => setStep(3)}
        />
      )}
      {step === 3 && provider && (
        <SendStep
          c={c}
          provider={provider}
          service={service}
          fields={fields}
          onBack={() => setStep(2)}
        />
      )}
    </Stack>
  );
}
