import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { noticePrefill } from "../takedowns/notice-prefill.ts";
import { ButtonLink } from "../ui/ButtonLink.tsx";
import { noticeFieldsOf } from "./notice-from-report.ts";
import type { ReportView } from "./online-harm-api.ts";

/**
 * Opens the takedown notice form filled from the report: addresses, platform, category, when
 * the report came in and the files' fingerprints. Nothing is sent until the officer saves and
 * sends the notice there; the notice never carries a file.
 */
export function DraftNoticeAction({ report }: { report: ReportView }) {
  const { t } = useTranslation("online-harm");
  if (report.urls.length === 0) return <Text>{t("notice.noAddresses")}</Text>;
  const fields = noticeFieldsOf(report);
  return (
    <Stack gap="sm" align="flex-start">
      <Text maw={720}>
        {t("notice.intro", { urls: fields.urls.length, fingerprints: fields.fingerprints.length })}
      </Text>
      <ButtonLink to="/takedowns/new" search={noticePrefill(fields)} size="md">
        {t("notice.draft")}
      </ButtonLink>
    </Stack>
  );
}
