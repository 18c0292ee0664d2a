import type { Determination, PurposeCode } from "../elements.ts";

/**
 * A service of the ASEAN minimum service package (minimum-service-package.yaml, MSP01–MSP10)
 * proposed for a child a screening indicates, with the reason. A proposal: the caseworker plans.
 */
export type ProposedService = { service: string; reason: string; text: string };

/** What the proposal looks at. */
export type ServiceFacts = {
  determination: Determination;
  purposes: readonly PurposeCode[];
  isChild: boolean;
  /** The child is not a national of the country of this node: return must be considered. */
  isForeign: boolean;
  otherHarms?: readonly string[];
};

/**
 * The services to propose after a presumed or possible victim determination (ACTIP Art. 14;
 * Palermo Art. 6; repatriation: Palermo Art. 8). Nothing for no indication, except where another
 * harm to a child was found (the child is protected whether or not it is trafficking).
 */
export function proposeServices(f: ServiceFacts): ProposedService[] {
  const harmed = f.isChild && (f.otherHarms?.length ?? 0) > 0;
  if (f.determination === "no_indication" && !harmed) return [];
  const out: ProposedService[] = [
    { service: "MSP01", reason: "case_management", text: "Case management by a named caseworker" },
    {
      service: "MSP03",
      reason: "safe_care",
      text: "Safe care: family-based care where safe, a shelter as a temporary last resort",
    },
    { service: "MSP04", reason: "psychosocial", text: "Mental health and psychosocial support" },
    { service: "MSP05", reason: "health", text: "Medical examination and care" },
    {
      service: "MSP06",
      reason: "legal_aid",
      text: "Legal aid, child-friendly justice and the non-punishment principle",
    },
  ];
  const sexual = f.purposes.some((p) => p === "abuse_material" || p === "sexual_exploitation");
  if (sexual)
    out.push({
      service: "MSP07",
      reason: "material_removal",
      text: "Removal of child sexual abuse material, by hash, without viewing it",
    });
  if (f.purposes.length > 0)
    out.push({ service: "MSP08", reason: "compensation", text: "Compensation from offenders" });
  if (f.isChild)
    out.push({ service: "MSP09", reason: "education", text: "Return to school or training" });
  if (f.isForeign) {
    out.push({
      service: "MSP10",
      reason: "identity_documents",
      text: "Identity documents and birth registration for a safe return",
    });
    out.push({
      service: "MSP01",
      reason: "repatriation",
      text: "Repatriation: a voluntary, safe return with a safety assessment and a receiving-side plan (Palermo Art. 8)",
    });
  }
  return out;
}
