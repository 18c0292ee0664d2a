import type { AgencyContact, CorrelationView, SelectorView } from "@sahabat/shared";

/*
 * The network around one case as a graph: the case, its child, its identifiers, the user's own
 * organisation's records sharing an identifier, and other agencies as opaque nodes with their
 * contact. Pure, so the picture and the list of connections beside it come from one source.
 * Every edge carries the reason it exists (its type and the words to explain it).
 */

export type NodeType = "case" | "person" | "selector" | "agency" | "restricted";
export type EdgeType =
  | "childOf"
  | "recordedOn"
  | "identifies"
  | "sameValueCase"
  | "sameValuePerson"
  | "heldElsewhere"
  | "probableMatchElsewhere"
  | "restricted";

export type NetworkNode = {
  id: string;
  type: NodeType;
  label: string;
  /** A selector that links nothing (invalid, excluded, over the limit): drawn dashed. */
  isFlagged?: boolean;
  /** The case to open when the node is chosen. */
  caseId?: string;
  /** The case the network is drawn around, or its child: drawn in the middle. */
  isCentre?: boolean;
};

export type NetworkEdge = {
  id: string;
  source: string;
  target: string;
  type: EdgeType;
  /** Values for the edge's explanation message. */
  params: Record<string, string | number>;
};

export type Network = { nodes: NetworkNode[]; edges: NetworkEdge[] };

export type NetworkInput = {
  case: { id: string; reference: string; personId: string; personName: string };
  selectors: SelectorView[];
  correlations: ReadonlyMap<string, CorrelationView>;
  /** Other agencies holding each selector, from a hit/no-hit question. */
  agencies: ReadonlyMap<string, AgencyContact[]>;
  /** Other agencies holding a probable match of the case's child, from the same question. */
  personAgencies?: readonly AgencyContact[];
  kindLabel: (kind: string) => string;
};

/** Builds the graph; nodes are unique by id, edges by (type, source, target). */
export function buildNetwork(input: NetworkInput): Network {
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, NetworkEdge>();
  const node = (n: NetworkNode) => {
    if (!nodes.has(n.id)) nodes.set(n.id, n);
    return n.id;
  };
  const edge = (type: EdgeType, source: string, target: string, params: NetworkEdge["params"]) => {
    const id = `${type}:${source}:${target}`;
    if (!edges.has(id)) edges.set(id, { id, type, source, target, params });
  };
  const addCase = (id: string, reference: string, personId: string | null, name: string | null) => {
    const caseNode = node({ id: `case:${id}`, type: "case", label: reference, caseId: id });
    if (personId && name) {
      const personNode = node({ id: `person:${personId}`, type: "person", label: name });
      edge("childOf", personNode, caseNode, { name, reference });
    }
    return caseNode;
  };
  const c = input.case;
  const ownCase = addCase(c.id, c.reference, c.personId, c.personName);
  for (const n of nodes.values()) n.isCentre = true;
  for (const s of input.selectors) {
    const correlation = input.correlations.get(s.id);
    const label = `${input.kindLabel(s.kind)}: ${s.entered}`;
    const isFlagged = !s.correlated || (correlation?.flag ?? null) !== null;
    const selector = node({ id: `selector:${s.id}`, type: "selector", label, isFlagged });
    if (s.subject === "person") edge("identifies", selector, `person:${c.personId}`, { label });
    else edge("recordedOn", selector, ownCase, { label, reference: c.reference });
    for (const r of correlation?.records ?? []) {
      if (!r.caseId || !r.caseReference) continue;
      const other = addCase(r.caseId, r.caseReference, r.personId, r.personName);
      const params = { label, entered: r.entered, reference: r.caseReference };
      if (r.subject === "person" && r.personId)
        edge("sameValuePerson", selector, `person:${r.personId}`, {
          ...params,
          name: r.personName ?? "",
        });
      else edge("sameValueCase", selector, other, params);
    }
    const restricted = correlation?.restrictedInOwnOrganisation ?? 0;
    if (restricted > 0) {
      const id = node({ id: `restricted:${s.id}`, type: "restricted", label: String(restricted) });
      edge("restricted", selector, id, { label, count: restricted });
    }
    for (const a of input.agencies.get(s.id) ?? []) {
      const id = node({
        id: `agency:${a.organisationId}`,
        type: "agency",
        label: a.organisationName,
      });
      edge("heldElsewhere", selector, id, { label, agency: a.organisationName });
    }
  }
  for (const a of input.personAgencies ?? []) {
    const id = node({
      id: `agency:${a.organisationId}`,
      type: "agency",
      label: a.organisationName,
    });
    edge("probableMatchElsewhere", `person:${c.personId}`, id, {
      name: c.personName,
      agency: a.organisationName,
    });
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
