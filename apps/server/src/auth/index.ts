export { hashPassword } from "./password.ts";
export { createSessionResolver } from "./resolve-session.ts";
export { signIn } from "./sign-in.service.ts";
export { createTotpSecret, currentTotpCode } from "./totp.ts";
