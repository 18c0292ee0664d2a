import {
  CountryView,
  Id,
  OrganisationCreateBody,
  OrganisationUpdateBody,
  OrganisationView,
} from "@sahabat/shared";
import { z } from "zod";
import { type AppDeps, requestCtx } from "../platform/deps.ts";
import type { HttpServer } from "../platform/http/server.ts";
import {
  createOrganisation,
  getOrganisation,
  listCountries,
  listOrganisations,
  updateOrganisation,
} from "./index.ts";

const Params = z.strictObject({ id: Id });

/** Organisations of the node, and the list of countries. */
export async function organisationRoutes(app: HttpServer, deps: AppDeps) {
  const tags = ["organisations"];
  app.get("/api/countries", {
    schema: { tags, response: { 200: z.array(CountryView) } },
    handler: async (request) => listCountries(requestCtx(request, deps)),
  });
  app.get("/api/organisations", {
    schema: { tags, response: { 200: z.array(OrganisationView) } },
    handler: async (request) => listOrganisations(requestCtx(request, deps)),
  });
  app.post("/api/organisations", {
    schema: { tags, body: OrganisationCreateBody, response: { 201: OrganisationView } },
    handler: async (request, reply) => {
      reply.status(201);
      return createOrganisation(requestCtx(request, deps), request.body);
    },
  });
  app.get("/api/organisations/:id", {
    schema: { tags, params: Params, response: { 200: OrganisationView } },
    handler: async (request) => getOrganisation(requestCtx(request, deps), request.params.id),
  });
  app.patch("/api/organisations/:id", {
    schema: {
      tags,
      params: Params,
      body: OrganisationUpdateBody,
      response: { 200: OrganisationView },
    },
    handler: async (request) =>
      updateOrganisation(requestCtx(request, deps), request.params.id, request.body),
  });
}
