import { Button, Group, List, Stack, Text } from "@mantine/core";
import type { CaseDetail } from "@sahabat/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DetailList } from "../../ui/DetailList.tsx";
import { useFormat } from "../../ui/format.ts";
import { Section } from "../../ui/Section.tsx";
import { useVocab } from "../../ui/vocab.ts";
import { latinName, nativeName } from "../names.ts";
import { PersonCorrectionForm } from "./PersonCorrectionForm.tsx";

/** Who the child is: names, age, nationality, languages, contacts and documents (identifying). */
export function PersonTab({ c }: { c: CaseDetail }) {
  const { t } = useTranslation("cases");
  const p = c.person;
  const vocab = useVocab();
  const format = useFormat();
  const [isCorrecting, setCorrecting] = useState(false);
  if (isCorrecting) return <PersonCorrectionForm c={c} onDone={() => setCorrecting(false)} />;
  return (
    <Stack gap="lg" maw={900}>
      <Text c="dimmed">{t("personTab.audited")}</Text>
      {c.can.update && (
        <Group>
          <Button variant="default" onClick={() => setCorrecting(true)}>
            {t("personTab.correct")}
          </Button>
        </Group>
      )}
      <Section title={t("person.legend")}>
        <DetailList
          items={[
            { label: t("personTab.name"), value: nativeName(p) },
            { label: t("personTab.latinName"), value: latinName(p) ?? "—" },
            { label: t("person.otherNames"), value: p.otherNames.join(", ") || "—" },
            { label: t("person.sex"), value: vocab("sex", p.sex) },
          ]}
        />
      </Section>
      <Section title={t("age.legend")}>
        <DetailList
          items={[
            { label: t("personTab.age"), value: <AgeText c={c} /> },
            { label: t("age.dateOfBirth"), value: p.dateOfBirth ? format.day(p.dateOfBirth) : "—" },
            { label: t("age.ageBasis"), value: vocab("ageBasis", p.ageBasis) },
            {
              label: t("age.isAgeDisputed"),
              value: p.isAgeDisputed ? t("yes", { ns: "common" }) : t("no", { ns: "common" }),
            },
          ]}
        />
      </Section>
      <Section title={t("identity.legend")}>
        <DetailList
          items={[
            {
              label: t("identity.nationalityStatus"),
              value: p.nationality
                ? format.country(p.nationality)
                : vocab("nationalityStatus", p.nationalityStatus),
            },
            {
              label: t("identity.languages"),
              value: p.languages.map(format.language).join(", ") || "—",
            },
          ]}
        />
      </Section>
      <Section title={t("contacts.legend")}>
        {p.contacts.length === 0 ? (
          <Text c="dimmed">{t("contacts.none")}</Text>
        ) : (
          <List spacing="xs">
            {p.contacts.map((x) => (
              <List.Item key={x.id}>
                {x.name} · {vocab("contactRelation", x.relation)}
                {x.isLegalGuardian ? ` · ${t("contacts.isLegalGuardian")}` : ""}
                {x.phone ? ` · ${x.phone}` : ""}
              </List.Item>
            ))}
          </List>
        )}
      </Section>
      <Section title={t("documents.legend")}>
        {p.documents.length === 0 ? (
          <Text c="dimmed">{t("documents.none")}</Text>
        ) : (
          <List spacing="xs">
            {p.documents.map((d) => (
              <List.Item key={d.id}>
                {vocab("documentType", d.documentType)} · {d.number}
                {d.issuingCountry ? ` · ${format.country(d.issuingCountry)}` : ""}
              </List.Item>
            ))}
          </List>
        )}
      </Section>
    </Stack>
  );
}

/** "About 15 (estimated on 3 May 2026)", "15", or "Not known: treated as a child". */
export function AgeText({ c }: { c: CaseDetail }) {
  const { t } = useTranslation("cases");
  const format = useFormat();
  const { age, ageEstimatedOn } = c.person;
  if (age.years === null) return <>{t("personTab.ageUnknown")}</>;
  if (!age.isEstimated) return <>{t("personTab.years", { years: age.years })}</>;
  return (
    <>
      {t("personTab.estimatedYears", {
        years: age.years,
        on: ageEstimatedOn ? format.day(ageEstimatedOn) : "—",
      })}
    </>
  );
}
