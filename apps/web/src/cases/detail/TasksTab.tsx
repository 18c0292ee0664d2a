import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Group, List, SimpleGrid, Stack, Text } from "@mantine/core";
import { type CaseDetail, TaskBody } from "@sahabat/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { FormProvider, type Resolver, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { TextField } from "../../ui/fields.tsx";
import { showFieldErrors } from "../../ui/form-errors.ts";
import { useFormat } from "../../ui/format.ts";
import { ProblemAlert } from "../../ui/ProblemAlert.tsx";
import { QueryState } from "../../ui/QueryState.tsx";
import { Section } from "../../ui/Section.tsx";
import { addTask, completeTask, tasksQuery } from "../records-api.ts";

type Values = { title: string; dueOn: string };
type Body = z.output<typeof TaskBody>;
const checkBody = zodResolver(TaskBody);
const resolver: Resolver<Values, unknown, Body> = (values, context, options) =>
  checkBody(
    { title: values.title, dueOn: values.dueOn || undefined } as never,
    context,
    options as never,
  ) as never;

/** Tasks with due dates: open ones first, each marked done when done. */
export function TasksTab({ c }: { c: CaseDetail }) {
  const { t } = useTranslation("cases");
  const format = useFormat();
  const queryClient = useQueryClient();
  const tasks = useQuery(tasksQuery(c.id));
  const done = useMutation({
    mutationFn: (taskId: string) => completeTask(c.id, taskId),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["cases", c.id, "tasks"], exact: true });
      await queryClient.invalidateQueries({ queryKey: ["me", "tasks"] });
    },
  });
  return (
    <Stack gap="lg" maw={900}>
      {c.can.update && <TaskForm caseId={c.id} />}
      <Section title={t("tasks.title")}>
        <ProblemAlert error={done.error} />
        <QueryState query={tasks}>
          {(list) =>
            list.length === 0 ? (
              <Text c="dimmed">{t("tasks.none")}</Text>
            ) : (
              <List spacing="sm" listStyleType="none">
                {[...list]
                  .sort((a, b) => Number(!!a.doneAt) - Number(!!b.doneAt))
                  .map((task) => (
                    <List.Item key={task.id}>
                      <Group gap="md">
                        <Text td={task.doneAt ? "line-through" : undefined} fw={600}>
                          {task.title}
                        </Text>
                        <Text c="dimmed">
                          {task.doneAt
                            ? t("tasks.doneOn", { date: format.date(task.doneAt) })
                            : task.dueOn
                              ? t("tasks.due", { date: format.day(task.dueOn) })
                              : t("tasks.noDueDate")}
                        </Text>
                        {!task.doneAt && c.can.update && (
                          <Button size="xs" variant="default" onClick={() => done.mutate(task.id)}>
                            {t("tasks.markDone", { title: task.title })}
                          </Button>
                        )}
                      </Group>
                    </List.Item>
                  ))}
              </List>
            )
          }
        </QueryState>
      </Section>
    </Stack>
  );
}

function TaskForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation("cases");
  const queryClient = useQueryClient();
  const form = useForm<Values, unknown, Body>({
    resolver,
    defaultValues: { title: "", dueOn: "" },
  });
  const add = useMutation({
    mutationFn: (body: Body) => addTask(caseId, body),
    onSuccess: async () => {
      form.reset({ title: "", dueOn: "" });
      await queryClient.invalidateQueries({ queryKey: ["cases", caseId, "tasks"], exact: true });
      await queryClient.invalidateQueries({ queryKey: ["me", "tasks"] });
    },
    onError: (error) => showFieldErrors(form.setError, error, ["title", "dueOn"]),
  });
  return (
    <FormProvider {...form}>
      <form
        onSubmit={form.handleSubmit((b) => add.mutate(b))}
        noValidate
        aria-label={t("tasks.add")}
      >
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextField name="title" label={t("tasks.taskTitle")} />
            <TextField name="dueOn" label={t("tasks.dueOn")} type="date" />
          </SimpleGrid>
          <ProblemAlert error={add.error} />
          <Group>
            <Button type="submit" loading={add.isPending}>
              {t("tasks.add")}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}
