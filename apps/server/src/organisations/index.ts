export { listCountries } from "./countries.ts";
export { canCreateUserIn, canReadOrganisation } from "./policy.ts";
export { selectOrganisation as findOrganisation } from "./queries.ts";
export {
  createOrganisation,
  getOrganisation,
  listOrganisations,
  updateOrganisation,
} from "./service.ts";
