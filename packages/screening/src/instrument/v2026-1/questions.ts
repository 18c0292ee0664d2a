import { references } from "../../elements.ts";
import type {
  AnswerType,
  Evidence,
  IndicatorCategory,
  IndicatorSupport,
  OtherHarmCode,
  SectionId,
} from "../types.ts";

/*
 * Instrument 2026-1: the questions without their wording (the wording is per language, in
 * ./text/). Indicator ids (GEN-05, ILO-07, …) are those of identification-indicators.yaml in the
 * reference pack; the element each indicator supports is Sahabat's analysis, not the sources'.
 * Indicators suggest trafficking and never prove it (UNODC): here they never establish an element,
 * they only keep it open for further assessment.
 */

const UNODC = "UNODC Human Trafficking Indicators";
const ILO = "ILO Indicators of Forced Labour (2012)";
const ONLINE =
  "Sahabat addition from HTCDS v2.0, the Luxembourg Guidelines (2016) and the ASEAN OCSEA guidelines (2023); review needed";
const SCAM =
  "Sahabat addition from OHCHR (2023) and the INTERPOL Orange Notice (2023) on scam compounds; review needed";

type Skeleton = {
  id: string;
  section: SectionId;
  type: AnswerType;
  options?: readonly string[];
  min?: number;
  max?: number;
  maxLength?: number;
  evidences: readonly Evidence[];
  reference: string;
};

const element = (
  section: "acts" | "means" | "purposes",
  code: string,
  reference: string = references.elements,
) =>
  ({
    id: `${section === "acts" ? "act" : section === "means" ? "means" : "purpose"}-${code.replace(/_/g, "-")}`,
    section,
    type: "yes_no_unknown",
    evidences: [{ kind: "element", element: section, code }],
    reference,
  }) as const;

const indicator = (
  category: IndicatorCategory,
  indicatorId: string,
  supports: IndicatorSupport[],
  source: string,
  extra: readonly Evidence[] = [],
) =>
  ({
    id: `ind-${indicatorId.toLowerCase()}`,
    section: category,
    type: "yes_no_unknown",
    evidences: [{ kind: "indicator", indicator: indicatorId, category, supports }, ...extra],
    reference: `${source}, ${indicatorId}`,
  }) as const;

/** The questions of version 2026-1, in the order they are asked. */
export const questions2026_1 = [
  element("acts", "recruitment"),
  element("acts", "transportation"),
  element("acts", "transfer"),
  element("acts", "harbouring"),
  element("acts", "receipt"),
  element("means", "threat"),
  element("means", "force"),
  element("means", "coercion"),
  element("means", "abduction"),
  element("means", "fraud"),
  element("means", "deception"),
  element("means", "abuse_of_power"),
  element("means", "abuse_of_vulnerability"),
  element("means", "payments_to_controller"),
  element("purposes", "sexual_exploitation"),
  element("purposes", "forced_labour"),
  element("purposes", "slavery"),
  element("purposes", "servitude"),
  element("purposes", "organ_removal"),
  element("purposes", "forced_criminality"),
  element("purposes", "forced_begging"),
  element("purposes", "forced_marriage"),
  element("purposes", "abuse_material"),
  element("purposes", "armed_recruitment"),
  {
    id: "ctx-consented",
    section: "context",
    type: "yes_no_unknown",
    evidences: [{ kind: "context", field: "consented" }],
    reference: `${references.consent}; ${references.childRule}`,
  },
  {
    id: "ctx-exploitation-occurred",
    section: "context",
    type: "yes_no_unknown",
    evidences: [{ kind: "context", field: "exploitationOccurred" }],
    reference: references.purposeOnly,
  },
  {
    id: "ctx-border-crossed",
    section: "context",
    type: "yes_no_unknown",
    evidences: [{ kind: "context", field: "borderCrossed" }],
    reference: references.noMovement,
  },
  {
    id: "ctx-age-at-act",
    section: "context",
    type: "number",
    min: 0,
    max: 130,
    evidences: [{ kind: "age_at_act", when: { atLeast: 0 } }],
    reference: `${references.childRule}; ${references.child}`,
  },
  {
    id: "ctx-first-contact",
    section: "context",
    type: "choice",
    options: ["in_person", "family_or_friend", "online", "agency", "other"],
    evidences: [
      {
        kind: "indicator",
        indicator: "ONL-01",
        category: "online_exploitation",
        supports: ["act"],
        when: "online",
      },
    ],
    reference: "HTCDS v2.0 vic_MethodOfRecruitment",
  },
  {
    id: "ctx-arrival-date",
    section: "context",
    type: "date",
    evidences: [],
    reference: "HTCDS v2.0",
  },
  {
    id: "ctx-hours-per-day",
    section: "context",
    type: "number",
    min: 0,
    max: 24,
    evidences: [
      {
        kind: "indicator",
        indicator: "LAB-05",
        category: "labour_exploitation",
        supports: ["purpose"],
        when: { atLeast: 12 },
      },
    ],
    reference: `${UNODC}, LAB-05`,
  },
  {
    id: "ctx-work-description",
    section: "context",
    type: "text",
    maxLength: 500,
    evidences: [],
    reference: "HTCDS v2.0 vic_TypeOfExploitation",
  },
  indicator("general", "GEN-02", ["means"], UNODC),
  indicator("general", "GEN-05", ["means"], UNODC),
  indicator("general", "GEN-09", ["means"], UNODC),
  indicator("general", "GEN-17", ["purpose", "means"], UNODC),
  indicator("general", "GEN-22", ["means"], UNODC),
  indicator("children", "CHI-01", ["vulnerability", "means"], UNODC),
  indicator("children", "CHI-04", ["purpose", "vulnerability"], UNODC),
  indicator("children", "CHI-08", ["purpose"], UNODC, [{ kind: "harm", harm: "child_labour" }]),
  indicator("children", "CHI-09", ["act", "vulnerability"], UNODC),
  indicator("sexual_exploitation", "SEX-03", ["means"], UNODC),
  indicator("sexual_exploitation", "SEX-06", ["purpose", "means"], UNODC),
  indicator("sexual_exploitation", "SEX-10", ["means", "purpose"], UNODC),
  indicator("labour_exploitation", "LAB-07", ["means"], UNODC),
  indicator("labour_exploitation", "LAB-08", ["means", "purpose"], UNODC),
  indicator("labour_exploitation", "LAB-15", ["means", "purpose"], UNODC),
  indicator("labour_exploitation", "ILO-09", ["means"], ILO),
  indicator("domestic_servitude", "DOM-02", ["purpose"], UNODC),
  indicator("domestic_servitude", "DOM-06", ["means"], UNODC),
  indicator("domestic_servitude", "DOM-07", ["means"], UNODC),
  indicator("begging_and_petty_crime", "BEG-02", ["purpose"], UNODC),
  indicator("begging_and_petty_crime", "BEG-08", ["means", "purpose"], UNODC),
  indicator("begging_and_petty_crime", "BEG-10", ["vulnerability"], UNODC),
  indicator("forced_criminality_scam_compounds", "SCM-04", ["means"], SCAM),
  indicator("forced_criminality_scam_compounds", "SCM-06", ["purpose"], SCAM),
  indicator("forced_criminality_scam_compounds", "SCM-07", ["means"], SCAM),
  indicator("online_exploitation", "ONL-03", ["purpose"], ONLINE, [
    { kind: "harm", harm: "sexual_abuse" },
  ]),
  indicator("online_exploitation", "ONL-05", ["means", "act"], ONLINE, [
    { kind: "harm", harm: "sexual_abuse" },
  ]),
  indicator("online_exploitation", "ONL-06", ["means"], ONLINE, [
    { kind: "harm", harm: "sexual_abuse" },
  ]),
  indicator("online_exploitation", "ONL-10", ["act", "purpose", "means"], ONLINE),
  {
    id: "harm-child-work",
    section: "other_harms",
    type: "yes_no_unknown",
    evidences: [{ kind: "harm", harm: "child_labour" }],
    reference: "ILO Conventions No. 138 and No. 182; CRC Art. 32",
  },
  {
    id: "harm-sexual-contact",
    section: "other_harms",
    type: "yes_no_unknown",
    evidences: [{ kind: "harm", harm: "sexual_abuse" }],
    reference: "CRC Art. 34; Luxembourg Guidelines (2016)",
  },
  {
    id: "harm-paid-crossing",
    section: "other_harms",
    type: "yes_no_unknown",
    evidences: [{ kind: "harm", harm: "smuggling_without_exploitation" }],
    reference: "Smuggling of Migrants Protocol Art. 3(a)",
  },
] as const satisfies readonly Skeleton[];

/** A question id of version 2026-1. */
export type QuestionId2026_1 = (typeof questions2026_1)[number]["id"];

/** The sections of version 2026-1, in order. */
export const sections2026_1 = [
  { id: "acts", kind: "element" },
  { id: "means", kind: "element" },
  { id: "purposes", kind: "element" },
  { id: "context", kind: "context" },
  { id: "general", kind: "indicator" },
  { id: "children", kind: "indicator" },
  { id: "sexual_exploitation", kind: "indicator" },
  { id: "labour_exploitation", kind: "indicator" },
  { id: "domestic_servitude", kind: "indicator" },
  { id: "begging_and_petty_crime", kind: "indicator" },
  { id: "forced_criminality_scam_compounds", kind: "indicator" },
  { id: "online_exploitation", kind: "indicator" },
  { id: "other_harms", kind: "other_harm" },
] as const satisfies readonly { id: SectionId; kind: string }[];

/** The other-harm rules of version 2026-1. */
export const otherHarms2026_1 = [
  {
    code: "child_labour",
    isChildOnly: true,
    isUnlessPurposeEstablished: false,
    reference: "ILO Conventions No. 138 and No. 182; CRC Art. 32",
  },
  {
    code: "sexual_abuse",
    isChildOnly: true,
    isUnlessPurposeEstablished: false,
    reference: "CRC Art. 34; OPSC; Luxembourg Guidelines (2016)",
  },
  {
    code: "smuggling_without_exploitation",
    isChildOnly: false,
    isUnlessPurposeEstablished: true,
    reference: "Smuggling of Migrants Protocol Art. 3(a); keep checking for exploitation",
  },
] as const satisfies readonly {
  code: OtherHarmCode;
  isChildOnly: boolean;
  isUnlessPurposeEstablished: boolean;
  reference: string;
}[];
