import { Id } from "@sahabat/shared";
import { createRoute } from "@tanstack/react-router";
import { z } from "zod";
import { appRoute } from "../app/base-routes.tsx";
import { MatchReviewPage } from "./MatchReviewPage.tsx";
import { NewReportPage } from "./NewReportPage.tsx";
import { ReportPage } from "./ReportPage.tsx";
import { ReportsPage } from "./ReportsPage.tsx";

const reportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/online-harm",
  component: ReportsPage,
});

// A report opened from a case arrives with the case's id (a value that is not an id is dropped).
const newReportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/online-harm/new",
  validateSearch: z.object({ caseId: Id.optional().catch(undefined) }),
  component: function NewReportRoute() {
    const { caseId } = newReportRoute.useSearch();
    return <NewReportPage caseId={caseId} />;
  },
});

const matchReviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/online-harm/review",
  component: MatchReviewPage,
});

const reportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/online-harm/$reportId",
  component: function ReportRoute() {
    const { reportId } = reportRoute.useParams();
    return <ReportPage key={reportId} reportId={reportId} />;
  },
});

/** Online-harm reports, their files' matches, and the review of perceptual matches. */
export const onlineHarmRoutes = [
  reportsRoute,
  newReportRoute,
  matchReviewRoute,
  reportRoute,
] as const;
