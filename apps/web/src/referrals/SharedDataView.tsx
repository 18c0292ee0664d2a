import type { SharedData } from "@sahabat/shared";
import { useTranslation } from "react-i18next";
import { latinName, nativeName } from "../cases/names.ts";
import { platformLabel } from "../cases/vocabulary.ts";
import { DetailList } from "../ui/DetailList.tsx";
import { useFormat } from "../ui/format.ts";
import { useVocab } from "../ui/vocab.ts";

type Item = { label: string; value: string };

/**
 * Exactly the fields shared with a receiver, nothing else: the same view serves the sender's
 * preview and the receiver's page, so what the sender checks is what the receiver gets.
 */
export function SharedDataView({ data }: { data: SharedData }) {
  const items = useSharedItems(data);
  return <DetailList items={items} />;
}

function useSharedItems(d: SharedData): Item[] {
  const { t } = useTranslation("vocab");
  const vocab = useVocab();
  const format = useFormat();
  const label = (field: string) => vocab("sharedField", field);
  const list = (group: Parameters<typeof vocab>[0], codes: string[]) =>
    codes.map((c) => vocab(group, c)).join(", ") || "—";
  // Places come as "VN / An Giang": the country's code, then the province.
  const place = (p: string | null) => {
    if (!p) return "—";
    const [country = "", ...rest] = p.split(" / ");
    return [format.country(country), ...rest].join(", ");
  };
  const items: (Item | false | undefined)[] = [
    d.names && {
      label: label("person.names"),
      value: [nativeName(d.names), latinName(d.names)].filter(Boolean).join(" · "),
    },
    d.sex !== undefined && { label: label("person.sex"), value: vocab("sex", d.sex) },
    d.age && {
      label: label("person.age"),
      value:
        d.age.years === null
          ? t("age.unknown")
          : t(d.age.isEstimated ? "age.estimated" : "age.years", { years: d.age.years }),
    },
    d.dateOfBirth !== undefined && {
      label: label("person.dateOfBirth"),
      value: d.dateOfBirth ? format.day(d.dateOfBirth) : "—",
    },
    d.nationality && {
      label: label("person.nationality"),
      value: d.nationality.country
        ? format.country(d.nationality.country)
        : vocab("nationalityStatus", d.nationality.status),
    },
    d.languages && {
      label: label("person.languages"),
      value: d.languages.map(format.language).join(", ") || "—",
    },
    d.contacts && {
      label: label("person.contacts"),
      value:
        d.contacts
          .map((c) =>
            [c.name, vocab("contactRelation", c.relation), c.phone].filter(Boolean).join(", "),
          )
          .join("; ") || "—",
    },
    d.documents && {
      label: label("person.documents"),
      value:
        d.documents.map((x) => `${vocab("documentType", x.documentType)} ${x.number}`).join("; ") ||
        "—",
    },
    d.exploitationTypes && {
      label: label("case.exploitationTypes"),
      value: list("exploitationType", d.exploitationTypes),
    },
    d.movement && {
      label: label("case.movement"),
      value: `${[d.movement.origin, ...d.movement.transit, d.movement.destination].map(place).join(" → ")} (${vocab("borderCrossing", d.movement.borderCrossing)})`,
    },
    d.recruitment && {
      label: label("case.recruitment"),
      value: [
        list("recruitmentMethod", d.recruitment.methods),
        vocab("recruiterRelation", d.recruitment.recruiterRelation),
        d.recruitment.platforms.map((p) => platformLabel(p, vocab("platform", "Other"))).join(", "),
      ]
        .filter((x) => x && x !== "—")
        .join(" · "),
    },
    d.risk && {
      label: label("case.risk"),
      value: [vocab("risk", d.risk.level), d.risk.reason].filter(Boolean).join(": "),
    },
    d.foundAt && {
      label: label("case.foundAt"),
      value: [
        d.foundAt.place,
        d.foundAt.province,
        d.foundAt.country && format.country(d.foundAt.country),
      ]
        .filter(Boolean)
        .join(", "),
    },
  ];
  return items.filter((i): i is Item => !!i);
}
