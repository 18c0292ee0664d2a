import { createRoute } from "@tanstack/react-router";
import { appRoute } from "../app/base-routes.tsx";
import { EvidencePage } from "./EvidencePage.tsx";

const evidenceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/evidence/$evidenceId",
  component: function EvidenceRoute() {
    const { evidenceId } = evidenceRoute.useParams();
    return <EvidencePage key={evidenceId} evidenceId={evidenceId} />;
  },
});

/** Retained evidence: an item's record and chain of custody, its thumbnail and destruction. */
export const evidenceRoutes = [evidenceRoute] as const;
