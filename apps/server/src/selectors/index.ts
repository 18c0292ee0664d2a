export { addSelector, canonicaliseInput } from "./service.ts";
