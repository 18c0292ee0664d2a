import { Id, UserCreateBody, UserListQuery, UserUpdateBody, UserView } from "@sahabat/shared";
import { z } from "zod";
import { type AppDeps, requestCtx } from "../platform/deps.ts";
import type { HttpServer } from "../platform/http/server.ts";
import { createUser, getUser, listUsers, updateUser } from "./service.ts";

const Params = z.strictObject({ id: Id });

/** User accounts. */
export async function userRoutes(app: HttpServer, deps: AppDeps) {
  const tags = ["users"];
  app.get("/api/users", {
    schema: { tags, querystring: UserListQuery, response: { 200: z.array(UserView) } },
    handler: async (request) => listUsers(requestCtx(request, deps), request.query.organisationId),
  });
  app.post("/api/users", {
    schema: { tags, body: UserCreateBody, response: { 201: UserView } },
    handler: async (request, reply) => {
      reply.status(201);
      return createUser(requestCtx(request, deps), request.body);
    },
  });
  app.get("/api/users/:id", {
    schema: { tags, params: Params, response: { 200: UserView } },
    handler: async (request) => getUser(requestCtx(request, deps), request.params.id),
  });
  app.patch("/api/users/:id", {
    schema: { tags, params: Params, body: UserUpdateBody, response: { 200: UserView } },
    handler: async (request) =>
      updateUser(requestCtx(request, deps), request.params.id, request.body),
  });
}
