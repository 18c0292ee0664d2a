import { Button, Group, NativeSelect, Stack, Table, Text, TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { ApiError } from "../app/api-client.ts";
import { AnchorLink } from "../ui/AnchorLink.tsx";
import { serverFieldMessage, showFieldErrors, useFieldError } from "../ui/form-errors.ts";
import { useFormat } from "../ui/format.ts";
import { PageTitle } from "../ui/PageTitle.tsx";
import { ProblemAlert } from "../ui/ProblemAlert.tsx";
import { QueryState } from "../ui/QueryState.tsx";
import { Section } from "../ui/Section.tsx";
import { type AdCategory, adCategories, adLanguages } from "./ads-api.ts";
import {
  type AgencyLexiconEntry,
  addAgencyEntry,
  agencyLexiconsQuery,
  agencyMatchKinds,
  retireAgencyEntry,
} from "./lexicon-api.ts";

type EntryForm = {
  language: string;
  category: string;
  text: string;
  match: string;
  gloss: string;
  source: string;
};
const fields = ["language", "category", "text", "match", "gloss", "source"] as const;
const empty: EntryForm = {
  language: "vi",
  category: "A",
  text: "",
  match: "phrase",
  gloss: "",
  source: "",
};

/** A phrase already in a lexicon: the server's 409 names the entry that has it. */
function isConflict(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409;
}

/** Adds a phrase, link host or phone prefix; the server's refusal keeps what was typed. */
function AddEntryForm() {
  const { t } = useTranslation("ads");
  const format = useFormat();
  const fieldError = useFieldError();
  const queryClient = useQueryClient();
  const form = useForm<EntryForm>({ defaultValues: empty });
  const [added, setAdded] = useState<string | null>(null);
  const add = useMutation({ mutationFn: addAgencyEntry });
  const submit = form.handleSubmit((values) =>
    add.mutate(
      {
        language: values.language,
        category: values.category,
        text: values.text,
        match: values.match,
        ...(values.gloss.trim() ? { gloss: values.gloss } : {}),
        source: values.source.trim() ? [values.source] : [],
      },
      {
        onSuccess: async (entry) => {
          setAdded(entry.entryId);
          form.reset({ ...values, text: "", gloss: "" });
          await queryClient.invalidateQueries({ queryKey: ["ad-lexicons"] });
        },
        onError: (error) => {
          setAdded(null);
          // A phrase already in a lexicon is a conflict about the text: show it there.
          if (isConflict(error))
            form.setError("text", { type: "server", message: error.problem.detail ?? "" });
          else showFieldErrors(form.setError, error, fields);
        },
      },
    ),
  );
  return (
    <Section title={t("lexicon.add")}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <ProblemAlert
            error={add.error}
            isPlaced={(f) => fields.some((x) => x === f) || isConflict(add.error)}
          />
          <Group align="flex-start" grow>
            <NativeSelect {...form.register("language")} label={t("language")} size="md">
              {adLanguages.map((code) => (
                <option key={code} value={code}>
                  {format.language(code)}
                </option>
              ))}
            </NativeSelect>
            <NativeSelect {...form.register("category")} label={t("column.category")} size="md">
              {adCategories.map((c) => (
                <option key={c} value={c}>
                  {`${c} ${t(`category.${c}`)}`}
                </option>
              ))}
            </NativeSelect>
            <NativeSelect {...form.register("match")} label={t("lexicon.match")} size="md">
              {agencyMatchKinds.map((m) => (
                <option key={m} value={m}>
                  {t(`lexicon.matchKind.${m}`)}
                </option>
              ))}
            </NativeSelect>
          </Group>
          <TextInput
            {...form.register("text", { required: "Required" })}
            label={t("lexicon.text")}
            description={t("lexicon.textHelp")}
            required
            size="md"
            error={fieldError(form.formState.errors.text)}
          />
          <TextInput
            {...form.register("gloss")}
            label={t("lexicon.gloss")}
            size="md"
            error={fieldError(form.formState.errors.gloss)}
          />
          <TextInput
            {...form.register("source", { required: "Required" })}
            label={t("lexicon.source")}
            description={t("lexicon.sourceHelp")}
            required
            size="md"
            error={fieldError(form.formState.errors.source)}
          />
          <Group>
            <Button type="submit" size="md" loading={add.isPending}>
              {t("lexicon.addButton")}
            </Button>
            {added && <Text role="status">{t("lexicon.added", { entry: added })}</Text>}
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

/** Retires an entry after asking why; the entry stays listed with its reason. */
function RetireEntry({ entry }: { entry: AgencyLexiconEntry }) {
  const { t } = useTranslation("ads");
  const queryClient = useQueryClient();
  const [isAsking, setAsking] = useState(false);
  const [reason, setReason] = useState("");
  const retire = useMutation({
    mutationFn: () => retireAgencyEntry(entry.id, reason),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["ad-lexicons"] }),
  });
  if (!isAsking)
    return (
      <Button variant="default" size="xs" onClick={() => setAsking(true)}>
        {t("lexicon.retire")}
      </Button>
    );
  const retireError =
    retire.error instanceof ApiError ? retire.error.problem.errors?.[0] : undefined;
  return (
    <Stack gap={4}>
      <TextInput
        label={t("lexicon.retireReason", { entry: entry.entryId })}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        size="xs"
        error={
          retire.error instanceof ApiError
            ? retireError
              ? serverFieldMessage(retireError)
              : retire.error.problem.detail
            : undefined
        }
      />
      <Button size="xs" onClick={() => retire.mutate()} loading={retire.isPending}>
        {t("lexicon.retireConfirm")}
      </Button>
    </Stack>
  );
}

/**
 * The agency's own advert lexicon: the phrases its staff add on top of the shipped lexicons,
 * used in every screening by its users. Supervisors, investigators and the administrator add and
 * retire entries; every change is audited on the server and raises the lexicon's version.
 */
export function AgencyLexiconPage() {
  const { t } = useTranslation("ads");
  const format = useFormat();
  const query = useQuery(agencyLexiconsQuery);
  return (
    <Stack gap="lg" maw={1100}>
      <PageTitle>{t("lexicon.title")}</PageTitle>
      <Text>{t("lexicon.intro")}</Text>
      <AnchorLink to="/ad-screenings">{t("lexicon.back")}</AnchorLink>
      <QueryState query={query}>
        {(data) => (
          <Stack gap="lg">
            {data.canEdit ? <AddEntryForm /> : <Text>{t("lexicon.readOnly")}</Text>}
            {data.lexicons.length === 0 && <Text>{t("lexicon.none")}</Text>}
            {data.lexicons.map((lexicon) => (
              <Section
                key={lexicon.language}
                title={t("lexicon.languageTitle", {
                  language: format.language(lexicon.language),
                  version: lexicon.version,
                })}
              >
                <Table.ScrollContainer minWidth={720}>
                  <Table striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t("column.entry")}</Table.Th>
                        <Table.Th>{t("column.category")}</Table.Th>
                        <Table.Th>{t("lexicon.text")}</Table.Th>
                        <Table.Th>{t("lexicon.source")}</Table.Th>
                        <Table.Th>{t("column.version")}</Table.Th>
                        <Table.Th>{t("lexicon.state")}</Table.Th>
                        {data.canEdit && <Table.Th>{t("lexicon.actions")}</Table.Th>}
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {lexicon.entries.map((entry) => (
                        <Table.Tr key={entry.id}>
                          <Table.Td>{entry.entryId}</Table.Td>
                          <Table.Td>{`${entry.category} ${t(`category.${entry.category as AdCategory}`)}`}</Table.Td>
                          <Table.Td>
                            <Text span>{entry.text}</Text>
                            {entry.match !== "phrase" && (
                              <Text
                                span
                                c="dimmed"
                              >{` (${t(`lexicon.matchKind.${entry.match}`)})`}</Text>
                            )}
                            {entry.gloss && (
                              <Text size="sm" c="dimmed">
                                {entry.gloss}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>{entry.source.join("; ")}</Table.Td>
                          <Table.Td>{entry.addedVersion}</Table.Td>
                          <Table.Td>
                            {entry.status === "active" ? (
                              <Text fw={600} c="teal.9">
                                {t("lexicon.active")}
                              </Text>
                            ) : (
                              <Stack gap={2}>
                                <Text fw={600}>
                                  {t("lexicon.retired", { version: entry.retiredVersion ?? "" })}
                                </Text>
                                <Text size="sm">{entry.retireReason}</Text>
                              </Stack>
                            )}
                          </Table.Td>
                          {data.canEdit && (
                            <Table.Td>
                              {entry.status === "active" && <RetireEntry entry={entry} />}
                            </Table.Td>
                          )}
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Section>
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
