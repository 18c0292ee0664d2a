export { type DemoAccount, seedDemo } from "./seed.ts";
