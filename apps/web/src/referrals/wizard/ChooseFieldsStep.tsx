import { Alert, Badge, Button, Checkbox, Group, Stack, Text } from "@mantine/core";
import {
  type CaseDetail,
  identifyingFields,
  type ProviderView,
  type ShareableField,
  shareableFields,
} from "@sahabat/shared";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { consentsQuery, hasSharingConsent } from "../../cases/records-api.ts";
import { AnchorLink } from "../../ui/AnchorLink.tsx";
import { useVocab } from "../../ui/vocab.ts";
import { StepHeading } from "./StepHeading.tsx";

const groups = {
  person: shareableFields.filter((f) => f.startsWith("person.")),
  case: shareableFields.filter((f) => f.startsWith("case.")),
};

/** Need to know: the sender chooses field by field; identifying fields need consent in force. */
export function ChooseFieldsStep(props: {
  c: CaseDetail;
  provider: ProviderView;
  fields: ShareableField[];
  onChange: (fields: ShareableField[]) => void;
  onBack: () => void;
  onNext: () => void;
}) {
  const { c, provider, fields, onChange } = props;
  const { t } = useTranslation("referrals");
  const vocab = useVocab();
  const consents = useQuery(consentsQuery(c.id));
  const [error, setError] = useState<string>();
  const isIdentifying = fields.some((f) => identifyingFields.includes(f));
  const isConsentMissing = consents.data !== undefined && !hasSharingConsent(consents.data);
  const group = (key: "person" | "case") => (
    <Checkbox.Group
      label={t(`wizard.fields.${key}`)}
      value={fields}
      onChange={(value) => {
        const others = fields.filter((f) => !groups[key].includes(f));
        onChange([...others, ...(value as ShareableField[])]);
      }}
      size="md"
    >
      <Stack gap="xs" mt="xs">
        {groups[key].map((f) => (
          <Checkbox
            key={f}
            value={f}
            label={
              <Group gap="xs">
                {vocab("sharedField", f)}
                {identifyingFields.includes(f) && (
                  <Badge variant="outline" color="#7a5b00" tt="none">
                    {t("wizard.fields.identifying")}
                  </Badge>
                )}
              </Group>
            }
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
  return (
    <Stack gap="lg">
      <StepHeading>{t("wizard.fields.title")}</StepHeading>
      <Text>{t("wizard.fields.intro", { provider: provider.name })}</Text>
      {group("person")}
      {group("case")}
      {isIdentifying && isConsentMissing && (
        <Alert
          variant="light"
          color="#7a5b00"
          title={t("wizard.fields.consentTitle")}
          role="status"
        >
          <Stack gap="xs">
            <Text>{t("wizard.fields.consentMissing")}</Text>
            <AnchorLink to="/cases/$caseId" params={{ caseId: c.id }} search={{ tab: "consent" }}>
              {t("wizard.fields.recordConsent")}
            </AnchorLink>
          </Stack>
        </Alert>
      )}
      {error && (
        <Text role="alert" c="var(--mantine-color-error)">
          {error}
        </Text>
      )}
      <Group>
        <Button variant="default" onClick={props.onBack}>
          {t("back", { ns: "common" })}
        </Button>
        <Button
          onClick={() => {
            if (fields.length === 0) return setError(t("validation.shareOne", { ns: "common" }));
            setError(undefined);
            props.onNext();
          }}
        >
          {t("wizard.fields.next")}
        </Button>
      </Group>
    </Stack>
  );
}
