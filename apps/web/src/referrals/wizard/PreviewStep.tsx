import { Alert, Button, Card, Group, List, Stack, Text } from "@mantine/core";
import type { CaseDetail, ProviderView, ShareableField } from "@sahabat/shared";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../ui/QueryState.tsx";
import { previewReferral } from "../referrals-api.ts";
import { SharedDataView } from "../SharedDataView.tsx";
import { StepHeading } from "./StepHeading.tsx";

/** Exactly what the receiver will see, built by the server, and what happens to the data. */
export function PreviewStep(props: {
  c: CaseDetail;
  provider: ProviderView;
  fields: ShareableField[];
  onBack: () => void;
  onNext: () => void;
}) {
  const { c, provider, fields } = props;
  const { t } = useTranslation("referrals");
  const preview = useQuery({
    queryKey: ["referral-preview", c.id, [...fields].sort()],
    queryFn: () => previewReferral(c.id, fields),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });
  return (
    <Stack gap="lg">
      <StepHeading>{t("wizard.preview.title", { provider: provider.name })}</StepHeading>
      <Text>{t("wizard.preview.intro")}</Text>
      <QueryState query={preview}>
        {(data) => (
          <Card
            withBorder
            padding="lg"
            aria-label={t("wizard.preview.cardLabel")}
            component="section"
          >
            <SharedDataView data={data} />
          </Card>
        )}
      </QueryState>
      <DataNotice provider={provider.name} />
      <Group>
        <Button variant="default" onClick={props.onBack}>
          {t("wizard.preview.change")}
        </Button>
        <Button onClick={props.onNext} disabled={!preview.isSuccess}>
          {t("wizard.preview.next")}
        </Button>
      </Group>
    </Stack>
  );
}

/** In plain words, what happens to the child's data once the referral is sent. */
export function DataNotice({ provider }: { provider: string }) {
  const { t } = useTranslation("referrals");
  return (
    <Alert variant="light" color="sahabat" title={t("notice.title")}>
      <List spacing="xs">
        <List.Item>{t("notice.only", { provider })}</List.Item>
        <List.Item>{t("notice.ends")}</List.Item>
        <List.Item>{t("notice.audited")}</List.Item>
        <List.Item>{t("notice.withdraw")}</List.Item>
      </List>
    </Alert>
  );
}
