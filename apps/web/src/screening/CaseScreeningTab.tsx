import { Alert, Badge, Button, Group, Stack, Table, Text } from "@mantine/core";
import type { InstrumentLanguage } from "@sahabat/screening";
import type { CaseDetail } from "@sahabat/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { currentLocale } from "../app/i18n.ts";
import { useCaseMutation } from "../cases/case-mutation.ts";
import { advanceCase, updateCase } from "../cases/cases-api.ts";
import { useFormat } from "../ui/format.ts";
import { ProblemAlert } from "../ui/ProblemAlert.tsx";
import { QueryState } from "../ui/QueryState.tsx";
import { Section } from "../ui/Section.tsx";
import { useVocab } from "../ui/vocab.ts";
import { PdfButton } from "./PdfButton.tsx";
import { languageName, ScreeningForm } from "./ScreeningForm.tsx";
import { ScreeningResult } from "./ScreeningResult.tsx";
import {
  type CaseScreening,
  caseScreeningPdfPath,
  caseScreeningsQuery,
  type SavedScreening,
  saveCaseScreening,
} from "./screening-api.ts";
import {
  anonymousScreening,
  isInstrumentLanguage,
  rememberAnonymous,
  type ScreeningInput,
  screeningBody,
  useScreening,
} from "./screening-state.ts";

/**
 * The case's screenings: a new one is answered here and stored with the case (a draft, or
 * completed), then the user may confirm the update of the case's exploitation types it proposes.
 */
export function CaseScreeningTab({ c }: { c: CaseDetail }) {
  const { t } = useTranslation("screening");
  // "new": a blank screening; "attach": the anonymous one made on this device, to store here;
  // a draft of the case: continued where it was left.
  const [mode, setMode] = useState<"new" | "attach" | CaseScreening | null>(null);
  const anonymous = anonymousScreening();
  const [saved, setSaved] = useState<SavedScreening | null>(null);
  return (
    <Stack gap="lg" maw={1100}>
      {saved && <SavedNotice c={c} saved={saved} onDone={() => setSaved(null)} />}
      {mode ? (
        <NewScreening
          c={c}
          initial={mode === "attach" ? anonymous : typeof mode === "object" ? inputOf(mode) : null}
          draftId={typeof mode === "object" ? mode.id : null}
          onSaved={(s) => {
            // Stored with the case now (a draft or completed): no longer offered for attaching.
            if (mode === "attach") rememberAnonymous(null);
            setSaved(s);
            setMode(null);
          }}
          onCancel={() => setMode(null)}
        />
      ) : (
        c.can.update && (
          <Group>
            <Button onClick={() => setMode("new")}>{t("case.new")}</Button>
            {anonymous && (
              <Button variant="default" onClick={() => setMode("attach")}>
                {t("case.attach")}
              </Button>
            )}
          </Group>
        )
      )}
      <ScreeningList caseId={c.id} onContinue={c.can.update ? setMode : undefined} />
    </Stack>
  );
}

/** A stored draft as the form's input. */
function inputOf(s: CaseScreening): ScreeningInput {
  return {
    language:
      s.interviewLanguage && isInstrumentLanguage(s.interviewLanguage) ? s.interviewLanguage : "en",
    profile: s.profile,
    age: s.age,
    ageEstimated: s.ageEstimated,
    ageDisputed: s.ageDisputed,
    dateOfBirth: null,
    answers: s.answers,
  };
}

function NewScreening({
  c,
  initial,
  draftId,
  onSaved,
  onCancel,
}: {
  c: CaseDetail;
  initial: ScreeningInput | null;
  draftId: string | null;
  onSaved: (s: SavedScreening) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation("screening");
  const queryClient = useQueryClient();
  const spoken = c.person.languages.find(isInstrumentLanguage);
  const screening = useScreening(
    initial ?? {
      language: spoken ?? (currentLocale() as InstrumentLanguage),
      age: c.person.age.years,
      ageEstimated: c.person.age.isEstimated,
      ageDisputed: c.person.isAgeDisputed,
    },
  );
  const save = useMutation({
    mutationFn: (isDraft: boolean) =>
      saveCaseScreening(c.id, screeningBody(screening.input), isDraft, draftId),
    onSuccess: async (s) => {
      await queryClient.invalidateQueries({ queryKey: ["cases", c.id, "screenings"] });
      onSaved(s);
    },
  });
  return (
    <Stack gap="lg">
      <ScreeningForm screening={screening} />
      <Text c="dimmed" size="sm">
        {t("live")}
      </Text>
      <ScreeningResult result={screening.result} />
      <ProblemAlert error={save.error} />
      <Group>
        <Button
          size="md"
          onClick={() => save.mutate(false)}
          loading={save.isPending && save.variables === false}
          disabled={!screening.result.ok}
        >
          {t("case.save")}
        </Button>
        <Button
          size="md"
          variant="default"
          onClick={() => save.mutate(true)}
          loading={save.isPending && save.variables === true}
        >
          {t("case.saveDraft")}
        </Button>
        <Button size="md" variant="subtle" onClick={onCancel}>
          {t("case.cancel")}
        </Button>
      </Group>
    </Stack>
  );
}

/** Says what was saved and asks to confirm the case update the screening proposes. */
function SavedNotice({
  c,
  saved,
  onDone,
}: {
  c: CaseDetail;
  saved: SavedScreening;
  onDone: () => void;
}) {
  const { t } = useTranslation("screening");
  const vocab = useVocab();
  const format = useFormat();
  const [isApplied, setApplied] = useState(false);
  const proposal = saved.proposedCaseUpdate;
  const hasTypes = (proposal?.addedExploitationTypes.length ?? 0) > 0;
  const isStatusChange = proposal?.status === "assessed" && c.status === "open";
  // The case's own routes make the change, so its rules and audit apply as for any edit.
  const update = useCaseMutation(
    async (p: NonNullable<SavedScreening["proposedCaseUpdate"]>) => {
      let updated = hasTypes
        ? await updateCase(c.id, { exploitationTypes: p.exploitationTypes })
        : c;
      if (isStatusChange) updated = await advanceCase(c.id, "assessed");
      return updated;
    },
    () => setApplied(true),
  );
  const list = (codes: string[]) =>
    codes.length ? format.list(codes.map((x) => vocab("exploitationType", x))) : "—";
  return (
    <Stack gap="sm">
      <Alert role="status" color="sahabat" variant="light">
        {saved.status === "draft" ? t("case.draftSaved") : t("case.saved")}
      </Alert>
      {proposal && (hasTypes || isStatusChange) && !isApplied && (
        <Alert color="sahabat" variant="outline" title={t("case.applyTitle")}>
          <Stack gap="sm">
            {hasTypes && (
              <Text>
                {t("case.applyBody", {
                  types: list(proposal.addedExploitationTypes),
                  current: list(c.exploitationTypes),
                })}
              </Text>
            )}
            {isStatusChange && (
              <Text>{t("case.applyStatus", { status: vocab("caseStatus", "assessed") })}</Text>
            )}
            <ProblemAlert error={update.error} />
            <Group>
              <Button onClick={() => update.mutate(proposal)} loading={update.isPending}>
                {t("case.apply")}
              </Button>
              <Button variant="default" onClick={onDone}>
                {t("case.skip")}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {isApplied && (
        <Alert role="status" color="sahabat" variant="light">
          {t("case.applied")}
        </Alert>
      )}
    </Stack>
  );
}

function ScreeningList({
  caseId,
  onContinue,
}: {
  caseId: string;
  onContinue: ((draft: CaseScreening) => void) | undefined;
}) {
  const { t } = useTranslation("screening");
  const query = useQuery(caseScreeningsQuery(caseId));
  const format = useFormat();
  const locale = currentLocale();
  return (
    <Section title={t("case.legend")}>
      <QueryState query={query}>
        {(rows) =>
          rows.length === 0 ? (
            <Text c="dimmed">{t("case.none")}</Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("case.date")}</Table.Th>
                    <Table.Th>{t("case.determination")}</Table.Th>
                    <Table.Th>{t("case.language")}</Table.Th>
                    <Table.Th>{t("case.version")}</Table.Th>
                    <Table.Th>{t("case.pdf")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Td>{format.dateTime(s.completedAt ?? s.updatedAt)}</Table.Td>
                      <Table.Td>
                        {s.determination ? (
                          t(`determination.${s.determination}`)
                        ) : (
                          <Badge variant="light" color="gray">
                            {t("case.draft")}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {s.interviewLanguage ? languageName(s.interviewLanguage, locale) : "—"}
                      </Table.Td>
                      <Table.Td>{s.instrumentVersion}</Table.Td>
                      <Table.Td>
                        <Group gap="xs" justify="flex-end" wrap="nowrap">
                          {s.status === "draft" && onContinue && (
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              onClick={() => onContinue(s)}
                            >
                              {t("case.continue")}
                            </Button>
                          )}
                          <PdfButton variant="subtle" path={caseScreeningPdfPath(caseId, s.id)} />
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
    </Section>
  );
}
