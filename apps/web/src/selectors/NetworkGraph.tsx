import { Box, List, Text } from "@mantine/core";
import cytoscape from "cytoscape";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Network, NetworkEdge } from "./network.ts";

// Calm colours at AA contrast; shapes as well as colours tell the node types apart.
const style: cytoscape.StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(label)",
      "font-size": 12,
      "font-family": "Noto Sans, Noto Sans Thai, Noto Sans Khmer, Noto Sans Myanmar, sans-serif",
      "text-wrap": "ellipsis",
      "text-max-width": "140px",
      "text-valign": "bottom",
      "text-margin-y": 4,
      color: "#1f2933",
      width: 28,
      height: 28,
      "border-width": 2,
      "border-color": "#334e68",
    },
  },
  {
    selector: 'node[type = "case"]',
    style: { shape: "round-rectangle", "background-color": "#bcccdc" },
  },
  { selector: 'node[type = "person"]', style: { shape: "ellipse", "background-color": "#c6f7e2" } },
  {
    selector: 'node[type = "selector"]',
    style: { shape: "diamond", "background-color": "#fff3c4" },
  },
  {
    selector: "node[?isFlagged]",
    style: { "border-style": "dashed", "background-color": "#f0f4f8" },
  },
  {
    selector: 'node[type = "agency"]',
    style: { shape: "hexagon", "background-color": "#9fb3c8", width: 40, height: 40 },
  },
  {
    selector: 'node[type = "restricted"]',
    style: { shape: "octagon", "background-color": "#d9e2ec" },
  },
  {
    selector: "edge",
    style: {
      width: 2,
      "line-color": "#829ab1",
      "curve-style": "bezier",
      "target-arrow-shape": "none",
    },
  },
  { selector: 'edge[type = "heldElsewhere"]', style: { "line-style": "dashed" } },
  { selector: 'edge[type = "probableMatchElsewhere"]', style: { "line-style": "dashed" } },
  { selector: ":selected", style: { "border-width": 4, "line-color": "#102a43", width: 4 } },
];

/**
 * The network drawn with cytoscape, and beside it the same connections as a list, each with
 * its reason: the canvas is for the eye, the list for the keyboard and screen readers.
 */
export function NetworkGraph({ network }: { network: Network }) {
  const { t } = useTranslation("selectors");
  const container = useRef<HTMLDivElement>(null);
  const [chosen, setChosen] = useState<NetworkEdge | null>(null);
  const explain = (e: NetworkEdge) => t(`network.edge.${e.type}`, e.params);
  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      elements: [
        ...network.nodes.map((n) => ({ group: "nodes" as const, data: { ...n } })),
        ...network.edges.map((e) => ({ group: "edges" as const, data: { ...e } })),
      ],
      style,
      // A tree from this case's child, deterministic: her case and identifiers first, the
      // records and agencies they lead to below, with room for each label. (A force-directed
      // layout piled small networks' labels on each other, differently each time.)
      layout: {
        name: "breadthfirst",
        animate: false,
        padding: 24,
        directed: false,
        spacingFactor: 1.1,
        roots: network.nodes.filter((n) => n.isCentre && n.type === "person").map((n) => n.id),
      },
      maxZoom: 1.2,
      wheelSensitivity: 0.3,
    });
    cy.on("tap", "edge", (event) => {
      const id = event.target.id();
      setChosen(network.edges.find((e) => e.id === id) ?? null);
    });
    return () => cy.destroy();
  }, [network]);
  return (
    <Box>
      <Box
        ref={container}
        h={420}
        style={{ border: "1px solid var(--mantine-color-gray-4)", borderRadius: 8 }}
        role="img"
        aria-label={t("network.pictureLabel", {
          nodes: network.nodes.length,
          edges: network.edges.length,
        })}
      />
      <Text aria-live="polite" mt="xs" c={chosen ? undefined : "dimmed"}>
        {chosen ? explain(chosen) : t("network.chooseEdge")}
      </Text>
      <Text fw={700} mt="md" component="h3">
        {t("network.connections")}
      </Text>
      {network.edges.length === 0 ? (
        <Text c="dimmed">{t("network.noConnections")}</Text>
      ) : (
        <List spacing={4}>
          {network.edges.map((e) => (
            <List.Item key={e.id}>{explain(e)}</List.Item>
          ))}
        </List>
      )}
    </Box>
  );
}
