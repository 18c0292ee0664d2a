import {
  Alert,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from "@mantine/core";
import {
  type InstrumentLanguage,
  instrumentLanguages,
  nationalProfiles,
  type SectionId,
} from "@sahabat/screening";
import { useTranslation } from "react-i18next";
import { currentLocale } from "../app/i18n.ts";
import { Section } from "../ui/Section.tsx";
import { DraftMark, QuestionCard } from "./QuestionCard.tsx";
import { ResultBar } from "./ScreeningResult.tsx";
import { instrument, type ScreeningInput, type useScreening } from "./screening-state.ts";

/** Each instrument language named in itself: a browser may lack the data to name it. */
const endonyms: Record<string, string> = {
  en: "English",
  vi: "Tiếng Việt",
  th: "ไทย",
  km: "ខ្មែរ",
  id: "Bahasa Indonesia",
  ms: "Bahasa Melayu",
  my: "မြန်မာ",
  lo: "ລາວ",
  fil: "Filipino",
};

/** A language named in itself, then in the interface language ("ខ្មែរ · เขมร"). */
export function languageName(code: string, locale: string): string {
  let mine = code;
  try {
    mine = new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
  } catch {
    // An unknown code is shown as it is.
  }
  const own = endonyms[code] ?? mine;
  return own === mine ? own : `${own} · ${mine}`;
}

type Screening = ReturnType<typeof useScreening>;

/** The interview's setting, the person's age and every question of the instrument, by section. */
export function ScreeningForm({ screening }: { screening: Screening }) {
  const { t } = useTranslation("screening");
  const officer = currentLocale() as InstrumentLanguage;
  const { input, update, answer } = screening;
  const name = languageName(input.language, officer);
  const answered = Object.keys(input.answers).length;
  return (
    <Stack gap="lg">
      <SetupFields input={input} update={update} />
      <AgeFields input={input} update={update} />
      {instrument.sections.map((section) => (
        <Section key={section.id} title={section.title[officer].text}>
          <Stack gap="sm">
            <Group gap="xs">
              <Title order={3} size="h5" lang={input.language} fw={500}>
                {section.title[input.language].text}
              </Title>
              <DraftMark review={section.title[input.language].review} />
            </Group>
            {questionsOf(section.id).map((q) => (
              <QuestionCard
                key={q.id}
                question={q}
                interview={input.language}
                officer={officer}
                languageName={name}
                value={input.answers[q.id]}
                onAnswer={(value) => answer(q.id, value)}
              />
            ))}
          </Stack>
        </Section>
      ))}
      <ResultBar
        result={screening.result}
        progress={t("progress", { answered, total: instrument.questions.length })}
      />
    </Stack>
  );
}

const questionsOf = (section: SectionId) =>
  instrument.questions.filter((q) => q.section === section);

function SetupFields({ input, update }: { input: ScreeningInput; update: Screening["update"] }) {
  const { t } = useTranslation("screening");
  const locale = currentLocale();
  const review = instrument.review[input.language];
  return (
    <Section title={t("setup.legend")}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Select
            label={t("setup.interviewLanguage")}
            value={input.language}
            allowDeselect={false}
            onChange={(v) => v && update({ language: v as InstrumentLanguage })}
            data={instrumentLanguages.map((l) => ({ value: l, label: languageName(l, locale) }))}
          />
          <Select
            label={t("setup.profile")}
            value={input.profile ?? ""}
            allowDeselect={false}
            onChange={(v) => update({ profile: v || null })}
            data={[
              { value: "", label: t("setup.noProfile") },
              ...Object.values(nationalProfiles).map((p) => ({
                value: p.country,
                label:
                  p.status === "illustrative"
                    ? t("setup.illustrative", { country: p.country })
                    : p.country,
              })),
            ]}
          />
        </SimpleGrid>
        {review === "draft" && (
          <Alert color="sahabat" variant="light" title={t("draftTranslation")}>
            {t("draftTranslationHelp")}
          </Alert>
        )}
      </Stack>
    </Section>
  );
}

function AgeFields({ input, update }: { input: ScreeningInput; update: Screening["update"] }) {
  const { t } = useTranslation("screening");
  const isPresumedChild = input.age === null || input.ageDisputed;
  return (
    <Section title={t("age.legend")}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <NumberInput
            label={t("age.age")}
            description={t("age.ageHelp")}
            min={0}
            max={130}
            allowDecimal={false}
            value={input.age ?? ""}
            onChange={(v) => update({ age: typeof v === "number" ? v : null })}
          />
          <TextInput
            type="date"
            label={t("age.dateOfBirth")}
            value={input.dateOfBirth ?? ""}
            onChange={(e) => update({ dateOfBirth: e.currentTarget.value || null })}
          />
        </SimpleGrid>
        <Group>
          <Checkbox
            label={t("age.estimated")}
            checked={input.ageEstimated}
            onChange={(e) => update({ ageEstimated: e.currentTarget.checked })}
          />
          <Checkbox
            label={t("age.disputed")}
            checked={input.ageDisputed}
            onChange={(e) => update({ ageDisputed: e.currentTarget.checked })}
          />
        </Group>
        {isPresumedChild && (
          <Alert variant="light" color="sahabat">
            {t("age.presumedChild")}
          </Alert>
        )}
      </Stack>
    </Section>
  );
}
