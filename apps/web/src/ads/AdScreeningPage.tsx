import {
  Alert,
  Badge,
  Button,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../ui/AnchorLink.tsx";
import { DetailList } from "../ui/DetailList.tsx";
import { showFieldErrors, useFieldError } from "../ui/form-errors.ts";
import { useFormat } from "../ui/format.ts";
import { PageTitle } from "../ui/PageTitle.tsx";
import { ProblemAlert } from "../ui/ProblemAlert.tsx";
import { Section } from "../ui/Section.tsx";
import { type AdCategory, type AdScreening, adLanguages, screenAdvert } from "./ads-api.ts";
import { HighlightedAdvert } from "./HighlightedAdvert.tsx";
import { IndicatorTable } from "./IndicatorTable.tsx";
import { verdictReason } from "./verdict-reason.ts";

type AdvertForm = { text: string; lang: string; caseId: string };
const fields = ["text", "lang", "caseId"] as const;

/** The verdict, the indicators in the text and in a table; the text is the one that was sent. */
function ScreeningOutcome({
  screening,
  text,
  recorded,
}: {
  screening: AdScreening;
  text: string;
  recorded: number | null;
}) {
  const { t } = useTranslation("ads");
  const format = useFormat();
  const language = format.language(screening.lang);
  const why = verdictReason(
    screening.categories.map((c) => c.category),
    screening.flagged,
  );
  const named = (codes: readonly string[]) =>
    codes.map((c) => `${c} ${t(`category.${c as AdCategory}`)}`).join(", ");
  const reason = t(why.key, {
    count: why.found.length,
    list: named(why.found),
    anchors: named(why.anchors),
  });
  return (
    <Section title={t("result")}>
      <Stack gap="md" aria-live="polite">
        <DetailList
          items={[
            {
              label: t("result"),
              value: (
                <Badge
                  color={screening.flagged ? "orange.3" : "gray.2"}
                  variant="filled"
                  autoContrast
                  size="lg"
                >
                  {screening.flagged ? t("flagged") : t("notFlagged")}
                </Badge>
              ),
            },
            { label: t("score"), value: t("scoreValue", { score: screening.score }) },
            {
              label: t("lang"),
              value:
                screening.langSource === "detected"
                  ? t("detected", { language })
                  : t("given", { language }),
            },
            { label: t("reason"), value: reason },
          ]}
        />
        <Alert variant="light" color="sahabat">
          {t("review")}
        </Alert>
        {recorded !== null && <Text>{t("recorded", { count: recorded })}</Text>}
        <Text fw={700} component="h3" m={0}>
          {t("highlighted")}
        </Text>
        <Text size="sm" c="dimmed">
          {t("highlightedHelp")}
        </Text>
        <HighlightedAdvert text={text} indicators={screening.indicators} />
        <Text fw={700} component="h3" m={0}>
          {t("indicators")}
        </Text>
        {screening.indicators.length === 0 ? (
          <Text>{t("noIndicators")}</Text>
        ) : (
          <IndicatorTable indicators={screening.indicators} />
        )}
      </Stack>
    </Section>
  );
}

/**
 * Screens a recruitment advert's text for trafficking indicators. Without a case nothing is
 * stored; the form keeps what was typed whatever the server answers.
 */
export function AdScreeningPage() {
  const { t } = useTranslation("ads");
  const format = useFormat();
  const fieldError = useFieldError();
  const form = useForm<AdvertForm>({ defaultValues: { text: "", lang: "", caseId: "" } });
  const [screened, setScreened] = useState<{
    screening: AdScreening;
    text: string;
    recorded: number | null;
  } | null>(null);
  const screen = useMutation({ mutationFn: screenAdvert });
  const submit = form.handleSubmit((values) => {
    const caseId = values.caseId.trim();
    screen.mutate(
      {
        text: values.text,
        ...(values.lang ? { lang: values.lang } : {}),
        ...(caseId ? { caseId } : {}),
      },
      {
        onSuccess: (result) => {
          const screening = result.results[0];
          if (!screening) return;
          setScreened({
            screening,
            text: values.text,
            recorded:
              result.status === "recorded"
                ? result.recordedSelectors.filter((s) => !s.alreadyRecorded).length
                : null,
          });
        },
        onError: (error) => {
          setScreened(null);
          showFieldErrors(form.setError, error, fields);
        },
      },
    );
  });
  return (
    <Stack gap="lg" maw={1100}>
      <PageTitle>{t("title")}</PageTitle>
      <Text>{t("intro")}</Text>
      <AnchorLink to="/ad-screenings/lexicon">{t("lexicon.open")}</AnchorLink>
      <ProblemAlert error={screen.error} isPlaced={(f) => fields.some((x) => x === f)} />
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Textarea
            {...form.register("text", { required: "Required" })}
            label={t("text")}
            description={t("textHelp")}
            autosize
            minRows={6}
            maxRows={20}
            size="md"
            required
            error={fieldError(form.formState.errors.text)}
          />
          <NativeSelect
            {...form.register("lang")}
            label={t("language")}
            description={t("languageHelp")}
            size="md"
            error={fieldError(form.formState.errors.lang)}
            maw={360}
          >
            <option value="">{t("detect")}</option>
            {adLanguages.map((code) => (
              <option key={code} value={code}>
                {format.language(code)}
              </option>
            ))}
          </NativeSelect>
          <TextInput
            {...form.register("caseId")}
            label={t("case")}
            description={t("caseHelp")}
            size="md"
            maw={480}
            error={fieldError(form.formState.errors.caseId)}
          />
          <div>
            <Button type="submit" size="md" loading={screen.isPending}>
              {t("screen")}
            </Button>
          </div>
        </Stack>
      </form>
      {screened && (
        <ScreeningOutcome
          screening={screened.screening}
          text={screened.text}
          recorded={screened.recorded}
        />
      )}
    </Stack>
  );
}
