import type { MatchExplanation } from "@sahabat/shared";
import { useTranslation } from "react-i18next";
import { useSignedWeight } from "./MatchWeights.tsx";

// Bars for evidence of the same child are teal, against are a muted grey-brown: calm colours,
// never alarm red, since a low score is not a risk.
const FOR = "#0f5e6e";
const AGAINST = "#8a7968";
const TOTAL = "#1f2d3d";

type Step = { key: string; label: string; from: number; to: number; isTotal?: boolean };

/**
 * The score as a waterfall: the prior, then each comparison's weight moving the running sum up
 * or down, to the total. Drawn as plain SVG (no chart library) with the numbers as text, so the
 * figure is readable without colour and the same steps are listed for screen readers.
 */
export function WeightWaterfall({ explanation }: { explanation: MatchExplanation }) {
  const { t } = useTranslation("review");
  const { t: tc } = useTranslation("cases");
  const label = tc as unknown as (key: string) => string;
  const signed = useSignedWeight();
  const steps: Step[] = [
    { key: "prior", label: t("waterfall.prior"), from: 0, to: explanation.priorWeight },
  ];
  let sum = explanation.priorWeight;
  for (const term of explanation.terms) {
    if (term.level === null) continue;
    steps.push({
      key: term.comparison,
      label: label(`duplicates.comparison.${term.comparison}`),
      from: sum,
      to: sum + term.weight,
    });
    sum += term.weight;
  }
  steps.push({
    key: "total",
    label: t("waterfall.total"),
    from: 0,
    to: explanation.total,
    isTotal: true,
  });
  const values = steps.flatMap((s) => [s.from, s.to, 0]);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const rowHeight = 30;
  const labelWidth = 190;
  const numberWidth = 70;
  const width = 640;
  const plot = width - labelWidth - numberWidth;
  const x = (v: number) => labelWidth + ((v - min) / (max - min || 1)) * plot;
  const height = steps.length * rowHeight + 8;
  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        style={{ maxWidth: width, fontFamily: "inherit" }}
      >
        <title>{t("waterfall.title")}</title>
        <line x1={x(0)} x2={x(0)} y1={0} y2={height} stroke="#adb5bd" strokeDasharray="3 3" />
        {steps.map((s, i) => {
          const y = i * rowHeight + 4;
          const left = x(Math.min(s.from, s.to));
          const barWidth = Math.max(1, Math.abs(x(s.to) - x(s.from)));
          const delta = s.to - s.from;
          const fill = s.isTotal ? TOTAL : delta >= 0 ? FOR : AGAINST;
          return (
            <g key={s.key}>
              <text x={0} y={y + 17} fontSize={15} fill="#1f2d3d">
                {s.label}
              </text>
              <rect
                x={left}
                y={y + 4}
                width={barWidth}
                height={rowHeight - 10}
                fill={fill}
                rx={2}
              />
              <text
                x={width}
                y={y + 17}
                fontSize={15}
                textAnchor="end"
                fill="#1f2d3d"
                fontWeight={s.isTotal ? 700 : 400}
              >
                {signed(s.isTotal ? s.to : delta)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption style={{ fontSize: 14, color: "#495057" }}>{t("waterfall.caption")}</figcaption>
    </figure>
  );
}
