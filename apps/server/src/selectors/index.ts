export { canonicaliseInput } from "./service.ts";
