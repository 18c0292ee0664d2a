import { Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AdIndicator } from "./ads-api.ts";
import { categoryColour } from "./category-style.ts";

/** Every indicator with what found it: the lexicon entry and version, so a flag can be checked. */
export function IndicatorTable({ indicators }: { indicators: AdIndicator[] }) {
  const { t } = useTranslation("ads");
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("column.category")}</Table.Th>
            <Table.Th>{t("column.phrase")}</Table.Th>
            <Table.Th>{t("column.position")}</Table.Th>
            <Table.Th>{t("column.entry")}</Table.Th>
            <Table.Th>{t("column.version")}</Table.Th>
            <Table.Th>{t("column.weight")}</Table.Th>
            <Table.Th>{t("column.review")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {indicators.map((indicator) => (
            <Table.Tr key={`${indicator.start}:${indicator.end}:${indicator.entry}`}>
              <Table.Td>
                <span
                  style={{
                    background: categoryColour[indicator.category],
                    color: "var(--mantine-color-black)",
                    padding: "0 0.3em",
                    fontWeight: 700,
                  }}
                >
                  {indicator.category}
                </span>{" "}
                {t(`category.${indicator.category}`)}
              </Table.Td>
              <Table.Td>{indicator.phrase}</Table.Td>
              <Table.Td>{t("position", { start: indicator.start, end: indicator.end })}</Table.Td>
              <Table.Td style={{ overflowWrap: "anywhere" }}>{indicator.entry}</Table.Td>
              <Table.Td>{indicator.version}</Table.Td>
              <Table.Td>{indicator.weight}</Table.Td>
              <Table.Td>{t(`reviewState.${indicator.review}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
