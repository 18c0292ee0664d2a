import { ProviderView, type ServiceKey, type Sex } from "@sahabat/shared";
import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest } from "../app/api-client.ts";

/** Filters of a directory search, as kept in the page's URL. */
export type DirectoryFilters = {
  service?: z.infer<typeof ServiceKey> | undefined;
  language?: string | undefined;
  age?: number | undefined;
  sex?: z.infer<typeof Sex> | undefined;
  hasFreeBed?: boolean | undefined;
  province?: string | undefined;
  countryCode?: string | undefined;
};

/** Providers matching the filters, best first, each with why it ranks there. */
export function directoryQuery(filters: DirectoryFilters, limit = 25) {
  const { hasFreeBed, ...rest } = filters;
  return queryOptions({
    queryKey: ["directory", filters, limit],
    queryFn: () =>
      apiRequest("GET", "/api/directory", {
        schema: z.array(ProviderView),
        query: { ...rest, hasFreeBed: hasFreeBed ? "true" : undefined, limit },
      }),
  });
}

/**
 * Every provider, to name the organisation that provides a planned service: plan items carry
 * only its id, and caseworkers may not read other organisations (API gap, reported).
 */
export const allProvidersQuery = queryOptions({
  ...directoryQuery({}, 100),
  staleTime: 5 * 60_000,
});

/** The provider's own staff set how many beds are free now. */
export function updateAvailability(providerId: string, bedsAvailable: number) {
  return apiRequest("PUT", `/api/directory/${providerId}/availability`, {
    schema: ProviderView,
    body: { bedsAvailable },
  });
}
