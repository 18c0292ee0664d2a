import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane).
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1, algorithm: 2 as const };

/** An argon2id hash of a password. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

// Verified against when the e-mail is unknown, so a wrong address takes as long as a wrong password.
const decoy = hashPassword("decoy-password-never-used");

/** Whether the password matches; with no hash, spends the same time and answers false. */
export async function isPasswordCorrect(
  passwordHash: string | null,
  password: string,
): Promise<boolean> {
  try {
    const ok = await verify(passwordHash ?? (await decoy), password);
    return passwordHash !== null && ok;
  } catch {
    return false;
  }
}
