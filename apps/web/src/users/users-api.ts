import { type UserCreateBody, type UserUpdateBody, UserView } from "@sahabat/shared";
import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest } from "../app/api-client.ts";

/** The accounts of one organisation (as far as the reader may see them). */
export function usersQuery(organisationId: string) {
  return queryOptions({
    queryKey: ["users", { organisationId }],
    queryFn: () =>
      apiRequest("GET", "/api/users", { schema: z.array(UserView), query: { organisationId } }),
  });
}

/** One account with its `can` map. */
export function userQuery(id: string) {
  return queryOptions({
    queryKey: ["users", id],
    queryFn: () => apiRequest("GET", `/api/users/${id}`, { schema: UserView }),
  });
}

/** Creates an account with a first password. */
export function createUser(body: z.output<typeof UserCreateBody>) {
  return apiRequest("POST", "/api/users", { schema: UserView, body });
}

/** Changes an account: name, role, language, or disabled. */
export function updateUser(id: string, body: z.output<typeof UserUpdateBody>) {
  return apiRequest("PATCH", `/api/users/${id}`, { schema: UserView, body });
}
