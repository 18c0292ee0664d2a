export { AdvertInput } from "@sahabat/shared";
export { type AdScreeningView, publicView, screenAdvertForNode } from "./screen.ts";
