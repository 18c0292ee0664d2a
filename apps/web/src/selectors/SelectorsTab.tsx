import { zodResolver } from "@hookform/resolvers/zod";
import { Badge, Button, Card, Group, Stack, Text } from "@mantine/core";
import {
  type AgencyContact,
  type CaseDetail,
  type CorrelationView,
  HitQueryPurpose,
  SelectorCreateBody,
  SelectorKind,
  type SelectorView,
} from "@sahabat/shared";
import { useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useMemo, useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { personTitle } from "../cases/names.ts";
import { CountryField, RadioField, SelectField, TextField } from "../ui/fields.tsx";
import { showServerFieldErrors } from "../ui/form-errors.ts";
import { ProblemAlert } from "../ui/ProblemAlert.tsx";
import { QueryState } from "../ui/QueryState.tsx";
import { Section } from "../ui/Section.tsx";
import { buildNetwork } from "./network.ts";
import {
  addSelector,
  askOtherAgencies,
  caseSelectorsQuery,
  correlationQuery,
  removeSelector,
} from "./selectors-api.ts";

// The drawing library is large: it loads only when a network is shown.
const NetworkGraph = lazy(() =>
  import("./NetworkGraph.tsx").then((m) => ({ default: m.NetworkGraph })),
);

const kinds = ["auto", ...SelectorKind.options] as const;
const purposeCodes = HitQueryPurpose.shape.code.options;

/** The case's identifiers, what they link, and the question to other agencies. */
export function SelectorsTab({ c }: { c: CaseDetail }) {
  const { t } = useTranslation("selectors");
  const selectors = useQuery(caseSelectorsQuery(c.id));
  return (
    <Stack gap="lg">
      {c.can.update && <SelectorForm caseId={c.id} />}
      <Section title={t("list.title")}>
        <QueryState query={selectors}>
          {(list) =>
            list.length === 0 ? (
              <Text c="dimmed">{t("list.none")}</Text>
            ) : (
              <Stack gap="xs">
                {list.map((s) => (
                  <SelectorRow key={s.id} caseId={c.id} s={s} />
                ))}
              </Stack>
            )
          }
        </QueryState>
      </Section>
      {selectors.data && <NetworkSection c={c} selectors={selectors.data} />}
    </Stack>
  );
}

function SelectorRow({ caseId, s }: { caseId: string; s: SelectorView }) {
  const { t } = useTranslation("selectors");
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => removeSelector(caseId, s.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["cases", caseId, "selectors"] }),
  });
  return (
    <Card withBorder padding="sm" component="article">
      <Group justify="space-between" wrap="nowrap">
        <Stack gap={2}>
          <Text fw={600}>
            {t(`kind.${s.kind}`)}: <span>{s.entered}</span>
          </Text>
          <Text size="sm" c="dimmed">
            {s.subject === "person" ? t("list.aboutPerson") : t("list.aboutCase")}
            {s.canonical && s.canonical !== s.entered
              ? ` · ${t("list.canonical", { value: s.canonical })}`
              : ""}
          </Text>
          {!s.valid && (
            <Text size="sm">
              {t("list.notLinked", {
                problem: t(`problem.${s.problem ?? "unparseable"}` as "problem.unparseable"),
              })}
            </Text>
          )}
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <Badge variant="light" color={s.correlated ? "sahabat" : "gray"}>
            {s.correlated ? t("list.linked") : t("list.keptOnly")}
          </Badge>
          {s.can.remove && (
            <Button
              variant="subtle"
              size="xs"
              loading={remove.isPending}
              onClick={() => remove.mutate()}
            >
              {t("list.remove")}
            </Button>
          )}
        </Group>
      </Group>
      <ProblemAlert error={remove.error} />
    </Card>
  );
}

type AddValues = z.input<typeof SelectorCreateBody>;

function SelectorForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation("selectors");
  const queryClient = useQueryClient();
  const form = useForm<AddValues>({
    resolver: zodResolver(SelectorCreateBody),
    defaultValues: { kind: "auto", value: "", subject: "case" },
  });
  const add = useMutation({
    mutationFn: (values: AddValues) => addSelector(caseId, values),
    onSuccess: async () => {
      form.reset({ kind: "auto", value: "", subject: "case" });
      await queryClient.invalidateQueries({ queryKey: ["cases", caseId, "selectors"] });
    },
    onError: (error) =>
      showServerFieldErrors(form.setError, error, (f) =>
        ["kind", "value", "defaultCountry", "platform", "subject"].includes(f),
      ),
  });
  return (
    <Section title={t("add.title")}>
      <FormProvider {...form}>
        <form
          onSubmit={form.handleSubmit((v) => add.mutate(v))}
          noValidate
          aria-label={t("add.title")}
        >
          <Stack gap="sm" maw={640}>
            <Text size="sm">{t("add.whatHappens")}</Text>
            <SelectField
              name="kind"
              label={t("add.kind")}
              options={kinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
            />
            <TextField name="value" label={t("add.value")} description={t("add.valueHelp")} />
            <CountryField
              name="defaultCountry"
              label={t("add.country")}
              description={t("add.countryHelp")}
            />
            <TextField
              name="platform"
              label={t("add.platform")}
              description={t("add.platformHelp")}
            />
            <RadioField
              name="subject"
              label={t("add.subject")}
              options={[
                { value: "case", label: t("add.subjectCase") },
                { value: "person", label: t("add.subjectPerson") },
              ]}
            />
            <ProblemAlert error={add.error} />
            <Group>
              <Button type="submit" loading={add.isPending}>
                {t("add.submit")}
              </Button>
            </Group>
          </Stack>
        </form>
      </FormProvider>
    </Section>
  );
}

/** The correlations loaded so far (a stable function, so TanStack Query keeps the result stable). */
function loadedOnly(results: { data?: CorrelationView | undefined }[]): CorrelationView[] {
  return results.flatMap((r) => (r.data ? [r.data] : []));
}

function NetworkSection({ c, selectors }: { c: CaseDetail; selectors: SelectorView[] }) {
  const { t } = useTranslation("selectors");
  const linked = selectors.filter((s) => s.correlated);
  const loaded = useQueries({
    queries: linked.map((s) => correlationQuery(s.id)),
    combine: loadedOnly,
  });
  const [agencies, setAgencies] = useState<ReadonlyMap<string, AgencyContact[]>>(new Map());
  const [personAgencies, setPersonAgencies] = useState<AgencyContact[]>([]);
  const network = useMemo(
    () =>
      buildNetwork({
        case: {
          id: c.id,
          reference: c.reference,
          personId: c.person.id,
          personName: personTitle(c.person),
        },
        selectors,
        correlations: new Map(loaded.map((v) => [v.selectorId, v])),
        agencies,
        personAgencies,
        kindLabel: (k) => t(`kind.${k}` as "kind.phone"),
      }),
    [c, selectors, loaded, agencies, personAgencies, t],
  );
  const flagged = loaded.filter((v) => v.flag && v.flag.reason !== "invalid");
  return (
    <Section title={t("network.title")}>
      <Stack gap="md">
        <Text size="sm">{t("network.intro")}</Text>
        {flagged.map((v) => (
          <Text key={v.selectorId} size="sm">
            {t(`network.flag.${v.flag?.reason === "excluded" ? "excluded" : "overLimit"}`, {
              count: v.flag?.count ?? 0,
            })}
          </Text>
        ))}
        <Suspense fallback={<Text role="status">{t("network.loading")}</Text>}>
          <NetworkGraph network={network} />
        </Suspense>
        <AskAgencies
          caseId={c.id}
          selectorIds={linked.slice(0, 10).map((s) => s.id)}
          onAnswer={(bySelector, byPerson) => {
            setAgencies(bySelector);
            setPersonAgencies(byPerson);
          }}
        />
      </Stack>
    </Section>
  );
}

type AskValues = z.input<typeof HitQueryPurpose>;

/**
 * The hit/no-hit question about this case's child (a probable match by name, sex, age,
 * nationality and documents) and its linked identifiers.
 */
function AskAgencies({
  caseId,
  selectorIds,
  onAnswer,
}: {
  caseId: string;
  selectorIds: string[];
  onAnswer: (bySelector: ReadonlyMap<string, AgencyContact[]>, byPerson: AgencyContact[]) => void;
}) {
  const { t } = useTranslation("selectors");
  const form = useForm<AskValues>({ resolver: zodResolver(HitQueryPurpose) });
  const ask = useMutation({
    mutationFn: (purpose: AskValues) => askOtherAgencies({ caseId, selectorIds, purpose }),
    onSuccess: (result) => {
      const bySelector = new Map<string, AgencyContact[]>();
      for (const a of result.agencies)
        for (const i of a.matchedSelectors) {
          const id = selectorIds[i];
          if (id) bySelector.set(id, [...(bySelector.get(id) ?? []), a]);
        }
      onAnswer(
        bySelector,
        result.agencies.filter((a) => a.probablePerson),
      );
    },
    onError: (error) =>
      showServerFieldErrors(
        form.setError,
        error,
        (f) => f === "purpose.code" || f === "purpose.text",
      ),
  });
  return (
    <Card withBorder padding="md">
      <FormProvider {...form}>
        <form
          onSubmit={form.handleSubmit((v) => ask.mutate(v))}
          noValidate
          aria-label={t("ask.title")}
        >
          <Stack gap="sm" maw={640}>
            <Text fw={700} component="h3">
              {t("ask.title")}
            </Text>
            <Text size="sm">{t("ask.whatHappens")}</Text>
            <SelectField
              name="code"
              label={t("ask.purposeCode")}
              options={purposeCodes.map((p) => ({ value: p, label: t(`purpose.${p}`) }))}
            />
            <TextField name="text" label={t("ask.purposeText")} />
            <ProblemAlert error={ask.error} />
            <Group>
              <Button type="submit" variant="light" loading={ask.isPending}>
                {t("ask.submit")}
              </Button>
            </Group>
          </Stack>
        </form>
      </FormProvider>
      {ask.data && <AgencyAnswers agencies={ask.data.agencies} />}
    </Card>
  );
}

type Answer = AgencyContact & { matchedSelectors: number[]; probablePerson: boolean };

/** What the agency holds, in words: a probable match of the child, an identifier, or both. */
function hitKey(a: Answer) {
  if (a.probablePerson) return a.matchedSelectors.length > 0 ? "ask.hitBoth" : "ask.hitPerson";
  return "ask.hit";
}

function AgencyAnswers({ agencies }: { agencies: Answer[] }) {
  const { t } = useTranslation("selectors");
  if (agencies.length === 0)
    return (
      <Text mt="md" role="status">
        {t("ask.noHit")}
      </Text>
    );
  return (
    <Stack gap="xs" mt="md" role="status">
      {agencies.map((a) => (
        <Card key={a.organisationId} withBorder padding="sm" component="article">
          <Text fw={600}>{t(hitKey(a), { agency: a.organisationName })}</Text>
          {a.focalPoints.map((f) => (
            <Text key={f.email} size="sm">
              {t("ask.focalPoint", { name: f.name })} <a href={`mailto:${f.email}`}>{f.email}</a>
            </Text>
          ))}
          {a.hotlineNumbers.length > 0 && (
            <Text size="sm">{t("ask.hotlines", { numbers: a.hotlineNumbers.join(", ") })}</Text>
          )}
        </Card>
      ))}
    </Stack>
  );
}
