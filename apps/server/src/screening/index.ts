export { ElementEvaluation, ElementObject } from "./schemas.ts";
