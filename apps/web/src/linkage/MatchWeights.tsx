import { Table, Text, VisuallyHidden } from "@mantine/core";
import type { MatchExplanation, MatchTerm } from "@sahabat/shared";
import { useTranslation } from "react-i18next";
import "./match-weights.css";

// The comparisons a person sees first: the others (address, phone…) are shown only when both
// records had a value, since a registration form rarely has them.
const ALWAYS_SHOWN = new Set(["given", "family", "dob", "sex", "nationality"]);

/** "+7.8" / "−3.2": bits of evidence, signed, one decimal, in the interface language. */
export function useSignedWeight() {
  const { i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, {
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
    signDisplay: "exceptZero",
  });
  return (weight: number) => number.format(weight);
}

/** A bar from the middle: right (and coloured) for evidence of the same child, left for against. */
function WeightBar({ weight, scale }: { weight: number; scale: number }) {
  const share = Math.min(1, Math.abs(weight) / scale) * 50;
  const isFor = weight > 0;
  return (
    <div className="weight-bar" aria-hidden="true">
      <div
        className={isFor ? "weight-bar-for" : "weight-bar-against"}
        style={{ width: `${share}%`, [isFor ? "left" : "right"]: "50%" }}
      />
    </div>
  );
}

function levelKey(term: MatchTerm): string {
  if (term.level === null) return "missing";
  return term.level.replace(/[^a-z0-9]/g, "_");
}

/**
 * Each comparison of a candidate: what was compared, how the two records compare in plain words,
 * and its weight as a number and a bar. The starting point and the total close the table, so the
 * weights visibly add up to the likelihood shown.
 */
export function MatchWeights({ explanation }: { explanation: MatchExplanation }) {
  const { t } = useTranslation("cases");
  // Keys built from the API's codes; every code the model has is translated in cases.json.
  const label = t as unknown as (key: string, options?: { defaultValue: string }) => string;
  const signed = useSignedWeight();
  const terms = explanation.terms.filter(
    (term) => ALWAYS_SHOWN.has(term.comparison) || term.level !== null,
  );
  const scale = Math.max(8, ...terms.map((term) => Math.abs(term.weight)));
  return (
    <Table verticalSpacing={4} fz="sm" layout="fixed">
      <VisuallyHidden component="caption">{t("duplicates.weightsCaption")}</VisuallyHidden>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="28%">{t("duplicates.compared")}</Table.Th>
          <Table.Th w="38%">{t("duplicates.outcome")}</Table.Th>
          <Table.Th>{t("duplicates.weight")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {terms.map((term) => (
          <Table.Tr key={term.comparison}>
            <Table.Td>{label(`duplicates.comparison.${term.comparison}`)}</Table.Td>
            <Table.Td>
              {label(`duplicates.level.${levelKey(term)}`, { defaultValue: term.level ?? "" })}
              {/* Why an identical name may weigh little: how many children share it. */}
              {term.frequencyAdjustment <= -1 ? ` (${t("duplicates.commonName")})` : null}
              {term.frequencyAdjustment >= 1 ? ` (${t("duplicates.rareName")})` : null}
            </Table.Td>
            <Table.Td>
              <div className="weight-cell">
                <Text component="span" fz="sm" className="weight-number">
                  {signed(term.weight)}
                </Text>
                <WeightBar weight={term.weight} scale={scale} />
              </div>
            </Table.Td>
          </Table.Tr>
        ))}
        <Table.Tr>
          <Table.Td colSpan={2}>{t("duplicates.prior")}</Table.Td>
          <Table.Td>
            <div className="weight-cell">
              <Text component="span" fz="sm" className="weight-number">
                {signed(explanation.priorWeight)}
              </Text>
              <WeightBar weight={explanation.priorWeight} scale={scale} />
            </div>
          </Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th colSpan={2}>{t("duplicates.total")}</Table.Th>
          <Table.Td>
            <Text component="span" fz="sm" fw={700} className="weight-number">
              {signed(explanation.total)}
            </Text>
          </Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}
