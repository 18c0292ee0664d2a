export { AdvertInput } from "./schemas.ts";
export { type AdScreeningView, publicView, screenAdvertForNode } from "./screen.ts";
