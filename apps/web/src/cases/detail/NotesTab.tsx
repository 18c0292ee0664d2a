import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Card, Group, Stack, Text } from "@mantine/core";
import { type CaseDetail, NoteBody } from "@sahabat/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { FormProvider, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { TextAreaField } from "../../ui/fields.tsx";
import { showFieldErrors } from "../../ui/form-errors.ts";
import { useFormat } from "../../ui/format.ts";
import { ProblemAlert } from "../../ui/ProblemAlert.tsx";
import { QueryState } from "../../ui/QueryState.tsx";
import { Section } from "../../ui/Section.tsx";
import { addNote, notesQuery } from "../records-api.ts";

type Values = z.input<typeof NoteBody>;

/** Notes on the case, newest first, and a new one. Notes are plain text, shown as typed. */
export function NotesTab({ c }: { c: CaseDetail }) {
  const { t } = useTranslation("cases");
  const format = useFormat();
  const notes = useQuery(notesQuery(c.id));
  return (
    <Stack gap="lg" maw={900}>
      {c.can.update && <NoteForm caseId={c.id} />}
      <Section title={t("notes.title")}>
        <QueryState query={notes}>
          {(list) =>
            list.length === 0 ? (
              <Text c="dimmed">{t("notes.none")}</Text>
            ) : (
              <Stack gap="sm">
                {list.map((n) => (
                  <Card key={n.id} withBorder padding="sm" component="article">
                    <Text size="sm" c="dimmed">
                      {n.authorName ?? t("notes.unknownAuthor")} ·{" "}
                      <time dateTime={n.createdAt}>{format.dateTime(n.createdAt)}</time>
                    </Text>
                    <Text style={{ whiteSpace: "pre-wrap" }}>{n.body}</Text>
                  </Card>
                ))}
              </Stack>
            )
          }
        </QueryState>
      </Section>
    </Stack>
  );
}

function NoteForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation("cases");
  const queryClient = useQueryClient();
  const form = useForm<Values>({ resolver: zodResolver(NoteBody), defaultValues: { body: "" } });
  const add = useMutation({
    mutationFn: (values: Values) => addNote(caseId, values.body),
    onSuccess: async () => {
      form.reset({ body: "" });
      await queryClient.invalidateQueries({ queryKey: ["cases", caseId, "notes"], exact: true });
    },
    onError: (error) => showFieldErrors(form.setError, error, ["body"]),
  });
  return (
    <FormProvider {...form}>
      <form
        onSubmit={form.handleSubmit((v) => add.mutate(v))}
        noValidate
        aria-label={t("notes.add")}
      >
        <Stack gap="sm">
          <TextAreaField
            name="body"
            label={t("notes.new")}
            description={t("notes.newDescription")}
          />
          <ProblemAlert error={add.error} />
          <Group>
            <Button type="submit" loading={add.isPending}>
              {t("notes.add")}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}
