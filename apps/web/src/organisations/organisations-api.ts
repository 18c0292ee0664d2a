import {
  CountryView,
  type OrganisationCreateBody,
  type OrganisationUpdateBody,
  OrganisationView,
} from "@sahabat/shared";
import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest } from "../app/api-client.ts";

/** Organisations the reader can see (the server scopes the list). */
export const organisationsQuery = queryOptions({
  queryKey: ["organisations"],
  queryFn: () => apiRequest("GET", "/api/organisations", { schema: z.array(OrganisationView) }),
});

/** One organisation with its `can` map. */
export function organisationQuery(id: string) {
  return queryOptions({
    queryKey: ["organisations", id],
    queryFn: () => apiRequest("GET", `/api/organisations/${id}`, { schema: OrganisationView }),
  });
}

/** Countries, ASEAN members first; they change with treaties, not sessions. */
export const countriesQuery = queryOptions({
  queryKey: ["countries"],
  queryFn: () => apiRequest("GET", "/api/countries", { schema: z.array(CountryView) }),
  staleTime: Number.POSITIVE_INFINITY,
});

/** Adds an organisation to the node. */
export function createOrganisation(body: z.output<typeof OrganisationCreateBody>) {
  return apiRequest("POST", "/api/organisations", { schema: OrganisationView, body });
}

/** Changes an organisation's details. */
export function updateOrganisation(id: string, body: z.output<typeof OrganisationUpdateBody>) {
  return apiRequest("PATCH", `/api/organisations/${id}`, { schema: OrganisationView, body });
}
