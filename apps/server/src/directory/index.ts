export { canUpdateAvailability } from "./policy.ts";
export { selectProvider as findProvider } from "./queries.ts";
export { createProvider, searchDirectory, updateAvailability } from "./service.ts";
