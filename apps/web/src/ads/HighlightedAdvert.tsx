import { Group, Paper, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { type AdIndicator, adCategories } from "./ads-api.ts";
import { categoryColour } from "./category-style.ts";
import { segmentText } from "./highlight-segments.ts";

/** The category letter at the start of a mark: the sign that does not rely on colour. */
function Letter({ indicator }: { indicator: AdIndicator }) {
  return (
    <Text
      component="span"
      fz="xs"
      fw={700}
      px={3}
      mr={2}
      style={{
        border: "1px solid var(--mantine-color-gray-7)",
        borderRadius: 3,
        background: "var(--mantine-color-white)",
        color: "var(--mantine-color-black)",
        verticalAlign: "text-top",
      }}
    >
      {indicator.category}
    </Text>
  );
}

/**
 * The advert as sent, each indicator in a <mark> coloured by its category and opened by its
 * letter. Where indicators overlap, the piece takes the colour of the first one and a double
 * underline says that more than one covers it. The text is rendered as text (never as HTML),
 * so an advert cannot inject markup.
 */
export function HighlightedAdvert({
  text,
  indicators,
}: {
  text: string;
  indicators: AdIndicator[];
}) {
  const { t } = useTranslation("ads");
  const segments = segmentText(text, indicators);
  return (
    <>
      <Paper
        withBorder
        p="md"
        style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere", lineHeight: 2 }}
        data-testid="highlighted-advert"
      >
        {segments.map((segment) => {
          const first = segment.covering[0];
          if (!first) return <span key={segment.start}>{segment.text}</span>;
          const isOverlap = segment.covering.length > 1;
          return (
            <mark
              key={segment.start}
              data-categories={segment.covering.map((c) => c.category).join("")}
              title={segment.covering.map((c) => t(`category.${c.category}`)).join(", ")}
              style={{
                background: categoryColour[first.category],
                color: "var(--mantine-color-black)",
                padding: "0.1em 0",
                textDecoration: isOverlap ? "underline double" : undefined,
              }}
            >
              {segment.opening.map((indicator) => (
                <Letter key={`${indicator.start}:${indicator.entry}`} indicator={indicator} />
              ))}
              {segment.text}
            </mark>
          );
        })}
      </Paper>
      <Group gap="xs" component="ul" aria-label={t("legend")} p={0} m={0}>
        {adCategories.map((category) => (
          <Text
            key={category}
            component="li"
            size="sm"
            px={6}
            style={{
              listStyle: "none",
              background: categoryColour[category],
              color: "var(--mantine-color-black)",
              borderRadius: 3,
            }}
          >
            <strong>{category}</strong> {t(`category.${category}`)}
          </Text>
        ))}
      </Group>
    </>
  );
}
