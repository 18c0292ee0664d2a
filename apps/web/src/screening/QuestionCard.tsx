import {
  Badge,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import type { InstrumentLanguage, Label, Question } from "@sahabat/screening";
import { useTranslation } from "react-i18next";

/** The "draft translation" mark beside a wording no native speaker has reviewed yet. */
export function DraftMark({ review }: { review: Label["review"] }) {
  const { t } = useTranslation("screening");
  if (review !== "draft") return null;
  return (
    <Badge variant="outline" color="gray.7" c="gray.8" tt="none" title={t("draftTranslationHelp")}>
      {t("draftTranslation")}
    </Badge>
  );
}

/**
 * One question: the wording for the person in the interview language beside the officer's
 * wording in the interface language, and the answer field.
 */
export function QuestionCard({
  question: q,
  interview,
  officer,
  languageName,
  value,
  onAnswer,
}: {
  question: Question;
  interview: InstrumentLanguage;
  officer: InstrumentLanguage;
  languageName: string;
  value: unknown;
  onAnswer: (value: unknown) => void;
}) {
  const { t } = useTranslation("screening");
  const child = q.text[interview];
  const mine = q.text[officer];
  return (
    <Paper withBorder p="md" role="group" aria-label={mine.officer}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap={4}>
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t("childWording", { language: languageName })}
            </Text>
            <DraftMark review={child.review} />
          </Group>
          <Text size="lg" lang={interview} data-testid="child-wording">
            {child.child}
          </Text>
        </Stack>
        <Stack gap={4}>
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t("officerWording")}
            </Text>
            <DraftMark review={mine.review} />
          </Group>
          <Text>{mine.officer}</Text>
        </Stack>
      </SimpleGrid>
      <AnswerField q={q} officer={officer} value={value} onAnswer={onAnswer} />
    </Paper>
  );
}

function AnswerField({
  q,
  officer,
  value,
  onAnswer,
}: {
  q: Question;
  officer: InstrumentLanguage;
  value: unknown;
  onAnswer: (value: unknown) => void;
}) {
  const { t } = useTranslation("screening");
  const label = `${t("answer.label")}: ${q.text[officer].officer}`;
  switch (q.type) {
    case "yes_no_unknown":
      return (
        <SegmentedControl
          mt="sm"
          aria-label={label}
          value={typeof value === "string" ? value : ""}
          onChange={onAnswer}
          data={[
            { value: "yes", label: t("answer.yes") },
            { value: "no", label: t("answer.no") },
            { value: "unknown", label: t("answer.unknown") },
          ]}
        />
      );
    case "choice":
      return (
        <Select
          mt="sm"
          aria-label={label}
          clearable
          value={typeof value === "string" ? value : null}
          onChange={onAnswer}
          data={(q.options ?? []).map((o) => ({ value: o.code, label: o.label[officer].text }))}
        />
      );
    case "number":
      return (
        <NumberInput
          mt="sm"
          aria-label={label}
          min={q.min}
          max={q.max}
          allowDecimal={false}
          value={typeof value === "number" ? value : ""}
          onChange={(v) => onAnswer(typeof v === "number" ? v : null)}
        />
      );
    case "date":
      return (
        <TextInput
          mt="sm"
          type="date"
          aria-label={label}
          value={typeof value === "string" ? value : ""}
          onChange={(e) => onAnswer(e.currentTarget.value || null)}
        />
      );
    default:
      return (
        <TextInput
          mt="sm"
          aria-label={label}
          maxLength={q.maxLength ?? 500}
          value={typeof value === "string" ? value : ""}
          onChange={(e) => onAnswer(e.currentTarget.value || null)}
        />
      );
  }
}
