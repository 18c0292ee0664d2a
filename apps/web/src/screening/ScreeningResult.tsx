import {
  Alert,
  Anchor,
  Badge,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import type {
  AnswerEvaluation,
  Determination,
  InstrumentLanguage,
  NationalResult,
  ProposedService,
} from "@sahabat/screening";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { currentLocale } from "../app/i18n.ts";
import { Section } from "../ui/Section.tsx";
import { useVocab } from "../ui/vocab.ts";
import { instrument, type LiveResult } from "./screening-state.ts";

type Translate = (key: string, values?: Record<string, unknown>) => string;

// Calm marks, told apart by fill and words rather than by alarm colours (STYLE: no alarm colours
// except for real risk; the determination is a finding, not an alert).
const determinationBadge: Record<Determination, { color: string; variant: string }> = {
  presumed_victim: { color: "sahabat", variant: "filled" },
  possible_victim: { color: "sahabat", variant: "outline" },
  no_indication: { color: "gray.7", variant: "outline" },
};

function useScreeningText() {
  const { t, i18n } = useTranslation("screening");
  const tr = t as unknown as Translate;
  const has = (key: string) => i18n.exists(key, { ns: "screening" });
  const codes = (list: readonly string[] | undefined) =>
    (list ?? []).map((c) => (has(`code.${c}`) ? tr(`code.${c}`) : c.replace(/_/g, " "))).join(", ");
  const elements = (list: readonly string[]) => list.map((e) => tr(`element.${e}`)).join(", ");
  return { tr, has, codes, elements };
}

/** One explanation line in the officer's language, with its legal reference. */
function ExplanationItem({
  line,
}: {
  line: {
    code: string;
    codes?: string[];
    questionIds?: string[];
    reference?: string;
    text: string;
  };
}) {
  const { tr, has, codes } = useScreeningText();
  const officer = currentLocale() as InstrumentLanguage;
  const harm = instrument.otherHarms.find((h) => `harm.${h.code}` === line.code);
  const text = has(`explain.${line.code}`)
    ? tr(`explain.${line.code}`, {
        codes: line.code === "indicators.found" ? (line.codes ?? []).join(", ") : codes(line.codes),
      })
    : (harm?.text[officer].text ?? line.text);
  return (
    <List.Item>
      <Text>{text}</Text>
      {line.code.endsWith(".established") && (line.questionIds?.length ?? 0) > 0 && (
        <Text size="sm">
          {tr("result.answeredBy", {
            questions: (line.questionIds ?? [])
              .map(
                (id) => instrument.questions.find((q) => q.id === id)?.text[officer].officer ?? id,
              )
              .join(" · "),
          })}
        </Text>
      )}
      {line.reference && (
        <Text size="sm" c="dimmed">
          {line.reference}
        </Text>
      )}
    </List.Item>
  );
}

function DeterminationBlock({
  title,
  determination,
  missing,
  children,
}: {
  title: string;
  determination: Determination;
  missing: readonly string[];
  children?: ReactNode;
}) {
  const { tr, elements } = useScreeningText();
  return (
    <Stack gap="xs">
      <Text fw={600}>{title}</Text>
      <Badge size="xl" radius="sm" tt="none" {...determinationBadge[determination]}>
        <span data-testid="determination">{tr(`determination.${determination}`)}</span>
      </Badge>
      {missing.length > 0 && <Text>{tr("result.missing", { elements: elements(missing) })}</Text>}
      {children}
    </Stack>
  );
}

function NationalBlock({ n, international }: { n: NationalResult; international: Determination }) {
  const { tr, has } = useScreeningText();
  return (
    <DeterminationBlock
      title={tr("result.national", { country: n.country })}
      determination={n.determination}
      missing={n.missingElements}
    >
      {n.status === "illustrative" && (
        <Text size="sm" fw={600}>
          {tr("result.illustrative")}
        </Text>
      )}
      {n.differences.length > 0 && (
        <>
          <Text fw={600}>{tr("result.differences")}</Text>
          <List>
            {n.differences.map((d) => (
              <List.Item key={d.code}>
                {has(`difference.${d.code}`)
                  ? tr(`difference.${d.code}`, { limit: /\d+/.exec(d.text)?.[0] ?? "18" })
                  : d.text}
              </List.Item>
            ))}
          </List>
        </>
      )}
      <Text size="sm">
        {tr("result.nationalNonPunishment", {
          level: tr(`nonPunishmentLevel.${n.nonPunishment}`),
        })}
      </Text>
      {n.determination !== international && (
        <Alert color="sahabat" variant="light">
          {tr("result.nonPunishment")}
        </Alert>
      )}
    </DeterminationBlock>
  );
}

/** The indicators and other harms found, and the services proposed. */
function Findings({ e, services }: { e: AnswerEvaluation; services: ProposedService[] }) {
  const { tr } = useScreeningText();
  const vocab = useVocab();
  const officer = currentLocale() as InstrumentLanguage;
  const questionText = (id: string) =>
    instrument.questions.find((q) => q.id === id)?.text[officer].officer ?? id;
  const uniqueServices = [...new Set(services.map((s) => s.service))];
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      {e.indicators.length > 0 && (
        <Stack gap="xs">
          <Title order={3} size="h5">
            {tr("result.indicators")}
          </Title>
          <List>
            {e.indicators.map((i) => (
              <List.Item key={i.id}>
                {i.id}: {questionText(i.questionIds[0] ?? "")}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      {e.otherHarms.length > 0 && (
        <Stack gap="xs">
          <Title order={3} size="h5">
            {tr("result.otherHarms")}
          </Title>
          <List>
            {e.otherHarms.map((h) => (
              <List.Item key={h.code}>
                {instrument.otherHarms.find((x) => x.code === h.code)?.text[officer].text ?? h.code}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      <Stack gap="xs">
        <Title order={3} size="h5">
          {tr("result.services")}
        </Title>
        {uniqueServices.length === 0 && <Text>{tr("result.noServices")}</Text>}
        <List>
          {uniqueServices.map((s) => (
            <List.Item key={s}>
              {s} {vocab("service", s)}
            </List.Item>
          ))}
        </List>
      </Stack>
    </SimpleGrid>
  );
}

/** Where the full result is on the page. */
export const resultAnchor = "screening-result";

/**
 * The determination so far, kept in view at the bottom of the questions: the officer sees it
 * change as the person answers, without scrolling away from the questions.
 */
export function ResultBar({ result, progress }: { result: LiveResult; progress: string }) {
  const { tr } = useScreeningText();
  return (
    <Paper withBorder shadow="sm" p="sm" pos="sticky" bottom={0} style={{ zIndex: 2 }}>
      <Group justify="space-between" gap="sm">
        <Text role="status" c="dimmed">
          {progress}
        </Text>
        {result.ok && (
          <Badge size="lg" tt="none" {...determinationBadge[result.value.determination]}>
            {tr(`determination.${result.value.determination}`)}
          </Badge>
        )}
        <Anchor href={`#${resultAnchor}`}>{tr("result.see")}</Anchor>
      </Group>
    </Paper>
  );
}

/** The result of a screening: both determinations side by side, why, and what to offer. */
export function ScreeningResult({ result, actions }: { result: LiveResult; actions?: ReactNode }) {
  const { tr } = useScreeningText();
  if (!result.ok)
    return (
      <Section title={tr("result.legend")}>
        <Alert color="orange" variant="light">
          {tr("result.invalid", { fields: result.fields.join(", ") })}
        </Alert>
      </Section>
    );
  const e = result.value;
  return (
    <Section title={tr("result.legend")} actions={actions}>
      <Stack gap="lg" aria-live="polite" id={resultAnchor}>
        <SimpleGrid cols={{ base: 1, md: e.national ? 2 : 1 }} spacing="lg">
          <DeterminationBlock
            title={tr("result.international")}
            determination={e.determination}
            missing={e.missingElements}
          />
          {e.national && <NationalBlock n={e.national} international={e.determination} />}
        </SimpleGrid>
        <Stack gap="xs">
          <Title order={3} size="h5">
            {tr("result.explanation")}
          </Title>
          <List spacing="xs">
            {e.explanation.map((line) => (
              <ExplanationItem key={`${line.code}-${line.codes?.join()}`} line={line} />
            ))}
          </List>
        </Stack>
        <Findings e={e} services={result.services} />
      </Stack>
    </Section>
  );
}
