import { Badge } from "@mantine/core";
import { useVocab } from "../ui/vocab.ts";

// Calm by default: statuses in the app's blue-green, words always beside colour. Only a high
// risk is marked strongly, because it is a real risk to a child (dark red at AA contrast).
const riskColours: Record<string, string> = { low: "gray.7", medium: "sahabat.9", high: "#8b1a1a" };

// A badge keeps its words whole in a narrow table cell rather than cutting them short, in
// type large enough for Thai and Burmese marks.
const whole = { flexShrink: 0, overflow: "visible", maxWidth: "none" } as const;
const wholeLabel = { label: { overflow: "visible", textOverflow: "clip" } } as const;

/** A case's status in words. */
export function StatusBadge({ status }: { status: string }) {
  const vocab = useVocab();
  const isDone = status === "closed";
  return (
    <Badge
      variant="outline"
      color={isDone ? "gray.7" : "sahabat.9"}
      c={isDone ? "gray.8" : "sahabat.9"}
      size="lg"
      fz="xs"
      tt="none"
      style={{ ...whole, background: isDone ? undefined : "#e8f4f6" }}
      styles={wholeLabel}
    >
      {vocab("caseStatus", status)}
    </Badge>
  );
}

/** A risk level in words; high risk filled, so it stands out without relying on hue alone. */
export function RiskBadge({ level }: { level: string }) {
  const vocab = useVocab();
  const colour = riskColours[level] ?? "gray.7";
  return (
    <Badge
      variant={level === "high" ? "filled" : "outline"}
      color={colour}
      size="lg"
      fz="xs"
      tt="none"
      style={whole}
      styles={wholeLabel}
    >
      {vocab("risk", level)}
    </Badge>
  );
}
