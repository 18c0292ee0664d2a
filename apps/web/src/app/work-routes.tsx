import { ServiceKey, Sex } from "@sahabat/shared";
import { createRoute } from "@tanstack/react-router";
import { z } from "zod";
import { AdScreeningPage } from "../ads/AdScreeningPage.tsx";
import { AgencyLexiconPage } from "../ads/AgencyLexiconPage.tsx";
import { CaseListPage } from "../cases/CaseListPage.tsx";
import { CasePage, caseTabs } from "../cases/detail/CasePage.tsx";
import { RegisterCasePage } from "../cases/register/RegisterCasePage.tsx";
import { caseStatuses, exploitationTypes, riskLevels } from "../cases/vocabulary.ts";
import { DirectoryPage } from "../directory/DirectoryPage.tsx";
import { evidenceRoutes } from "../evidence/routes.tsx";
import { ReviewPairPage } from "../linkage/ReviewPairPage.tsx";
import { ReviewQueuePage } from "../linkage/ReviewQueuePage.tsx";
import { NotificationsPage } from "../notifications/NotificationsPage.tsx";
import { onlineHarmRoutes } from "../online-harm/routes.tsx";
import { ReferralPage } from "../referrals/ReferralPage.tsx";
import { ReferralsPage } from "../referrals/ReferralsPage.tsx";
import { ReferralWizard } from "../referrals/wizard/ReferralWizard.tsx";
import { ScreeningPage } from "../screening/ScreeningPage.tsx";
import { EditNoticePage } from "../takedowns/EditNoticePage.tsx";
import { MetricsPage } from "../takedowns/MetricsPage.tsx";
import { NewNoticePage } from "../takedowns/NewNoticePage.tsx";
import { NoticePage } from "../takedowns/NoticePage.tsx";
import { NoticePrefill } from "../takedowns/notice-prefill.ts";
import { TakedownsPage } from "../takedowns/TakedownsPage.tsx";
import { appRoute } from "./base-routes.tsx";

// Filters live in the URL so a filtered list can be bookmarked and the back button works. A
// value the app does not know is dropped rather than sent (`catch`).
const CaseListSearch = z.object({
  status: z.enum(caseStatuses).optional().catch(undefined),
  exploitationType: z.enum(exploitationTypes).optional().catch(undefined),
  riskLevel: z.enum(riskLevels).optional().catch(undefined),
  mine: z.boolean().optional().catch(undefined),
  q: z.string().trim().min(2).max(100).optional().catch(undefined),
});

const casesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/cases",
  validateSearch: CaseListSearch,
  component: function CasesRoute() {
    return <CaseListPage filters={casesRoute.useSearch()} />;
  },
});

const registerRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/cases/new",
  component: RegisterCasePage,
});

const caseRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/cases/$caseId",
  validateSearch: z.object({ tab: z.enum(caseTabs).optional().catch(undefined) }),
  component: function CaseRoute() {
    const { caseId } = caseRoute.useParams();
    const { tab } = caseRoute.useSearch();
    return <CasePage key={caseId} caseId={caseId} tab={tab ?? "overview"} />;
  },
});

const referRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/cases/$caseId/refer",
  validateSearch: z.object({ service: ServiceKey.optional().catch(undefined) }),
  component: function ReferRoute() {
    const { caseId } = referRoute.useParams();
    const { service } = referRoute.useSearch();
    return <ReferralWizard caseId={caseId} service={service} />;
  },
});

const DirectorySearch = z.object({
  service: ServiceKey.optional().catch(undefined),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .optional()
    .catch(undefined),
  age: z.number().int().min(0).max(120).optional().catch(undefined),
  sex: Sex.optional().catch(undefined),
  hasFreeBed: z.boolean().optional().catch(undefined),
  province: z.string().trim().min(1).max(120).optional().catch(undefined),
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
});

const directoryRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/directory",
  validateSearch: DirectorySearch,
  component: function DirectoryRoute() {
    return <DirectoryPage filters={directoryRoute.useSearch()} />;
  },
});

const referralsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/referrals",
  validateSearch: z.object({
    direction: z.enum(["incoming", "outgoing"]).default("incoming").catch("incoming"),
    status: z
      .enum(["pending", "accepted", "declined", "withdrawn", "completed"])
      .optional()
      .catch(undefined),
  }),
  component: function ReferralsRoute() {
    return <ReferralsPage filters={referralsRoute.useSearch()} />;
  },
});

const referralRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/referrals/$referralId",
  component: function ReferralRoute() {
    const { referralId } = referralRoute.useParams();
    return <ReferralPage key={referralId} referralId={referralId} />;
  },
});

const notificationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/notifications",
  component: NotificationsPage,
});

const screeningRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/screening",
  component: ScreeningPage,
});

const takedownsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/takedowns",
  component: TakedownsPage,
});

// `/takedowns/new` takes a prefill in its search parameters (see notice-prefill.ts) so that a
// report page can open a notice already filled with its addresses and fingerprints.
const newTakedownRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/takedowns/new",
  validateSearch: NoticePrefill,
  component: function NewTakedownRoute() {
    return <NewNoticePage prefill={newTakedownRoute.useSearch()} />;
  },
});

const takedownMetricsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/takedowns/metrics",
  component: MetricsPage,
});

const takedownRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/takedowns/$id",
  component: function TakedownRoute() {
    const { id } = takedownRoute.useParams();
    return <NoticePage key={id} noticeId={id} />;
  },
});

const editTakedownRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/takedowns/$id/edit",
  component: function EditTakedownRoute() {
    const { id } = editTakedownRoute.useParams();
    return <EditNoticePage key={id} noticeId={id} />;
  },
});

const adScreeningsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/ad-screenings",
  component: AdScreeningPage,
});

const agencyLexiconRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/ad-screenings/lexicon",
  component: AgencyLexiconPage,
});

const reviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/duplicates",
  component: ReviewQueuePage,
});

const reviewPairRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/duplicates/$pairId",
  component: function ReviewPairRoute() {
    const { pairId } = reviewPairRoute.useParams();
    return <ReviewPairPage key={pairId} pairId={pairId} />;
  },
});

/** The routes of the caseworker's loop: cases, directory, referrals, notifications. */
export const workRoutes = [
  casesRoute,
  registerRoute,
  caseRoute,
  referRoute,
  directoryRoute,
  referralsRoute,
  referralRoute,
  notificationsRoute,
  reviewRoute,
  reviewPairRoute,
  screeningRoute,
  takedownsRoute,
  newTakedownRoute,
  takedownMetricsRoute,
  takedownRoute,
  editTakedownRoute,
  adScreeningsRoute,
  agencyLexiconRoute,
  ...onlineHarmRoutes,
  ...evidenceRoutes,
] as const;
