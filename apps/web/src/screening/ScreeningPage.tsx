import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import type { InstrumentLanguage } from "@sahabat/screening";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { currentLocale } from "../app/i18n.ts";
import { PageTitle } from "../ui/PageTitle.tsx";
import { PdfButton } from "./PdfButton.tsx";
import { ScreeningForm } from "./ScreeningForm.tsx";
import { ScreeningResult } from "./ScreeningResult.tsx";
import {
  anonymousScreening,
  rememberAnonymous,
  screeningBody,
  useScreening,
} from "./screening-state.ts";

/**
 * A standalone, anonymous screening (a hotline operator, a border officer): no case, no name,
 * nothing stored. The result is worked out in the browser as the officer answers.
 */
export function ScreeningPage() {
  const { t } = useTranslation("screening");
  const screening = useScreening(
    anonymousScreening() ?? { language: currentLocale() as InstrumentLanguage },
  );
  useEffect(() => rememberAnonymous(screening.input), [screening.input]);
  return (
    <Stack gap="lg" maw={1100}>
      <PageTitle>{t("title")}</PageTitle>
      <Text>{t("intro")}</Text>
      <Alert variant="light" color="sahabat">
        {t("anonymous")} {t("attachLater")}
      </Alert>
      {Object.keys(screening.input.answers).length > 0 && (
        <Group>
          <Button variant="default" onClick={screening.reset}>
            {t("restart")}
          </Button>
        </Group>
      )}
      <ScreeningForm screening={screening} />
      <Text c="dimmed" size="sm">
        {t("live")}
      </Text>
      <ScreeningResult
        result={screening.result}
        actions={
          screening.result.ok ? <PdfButton body={screeningBody(screening.input)} /> : undefined
        }
      />
    </Stack>
  );
}
