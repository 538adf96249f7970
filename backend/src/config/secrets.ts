/**
 * The backend's signing secrets. None lives in the repository: `npm start` generates them into
 * `.data/secrets.json` (scripts/lib/secrets.mjs) and passes them as JWT_SECRET and COOKIE_SECRET.
 * A token signed with a secret anyone can read in a public repository is an operator login.
 */
import { randomBytes } from "node:crypto"
import { envVars, type EnvSource } from "../env"

export const MIN_SECRET_LENGTH = 32

/** Secrets that have been public at some point (ours, Medusa's and common placeholders). */
const KNOWN_SECRETS = new Set([
  "supersecret", "secret", "changeme", "change-me", "jwt_secret", "cookie_secret",
  "canting-dev-jwt-secret", "canting-dev-cookie-secret",
])

export type SecretProblem = { name: string; reason: "missing" | "short" | "known" }

/** What is wrong with a secret value, or undefined when it is usable. */
export function secretProblem(name: string, value: string | undefined): SecretProblem | undefined {
  if (!value) return { name, reason: "missing" }
  if (KNOWN_SECRETS.has(value.trim().toLowerCase())) return { name, reason: "known" }
  if (value.length < MIN_SECRET_LENGTH) return { name, reason: "short" }
  return undefined
}

/** One line saying what to set. */
export function describeProblems(problems: SecretProblem[]): string {
  const what = problems.map((p) => `${p.name} is ${p.reason === "missing" ? "not set" : p.reason === "short" ? `shorter than ${MIN_SECRET_LENGTH} characters` : "a published default"}`)
  return `Canting refuses to start in production: ${what.join(", ")}. Set ${problems.map((p) => p.name).join(" and ")} to ${MIN_SECRET_LENGTH}+ random characters (e.g. \`openssl rand -base64 48\`), or run \`npm start\`, which generates them into .data/secrets.json.`
}

/**
 * JWT and cookie secrets from the environment. In production a missing, short or published one is
 * refused; elsewhere (tests, `medusa exec`, development) a missing one becomes a random secret for
 * this process only, so no fixed fallback can ever sign a token.
 */
export function resolveSecrets(source?: EnvSource): { jwtSecret: string; cookieSecret: string } | { problems: SecretProblem[] } {
  const env = envVars(["NODE_ENV", "JWT_SECRET", "COOKIE_SECRET"], source)
  const production = env.NODE_ENV === "production"
  const values = { JWT_SECRET: env.JWT_SECRET, COOKIE_SECRET: env.COOKIE_SECRET }
  const problems = Object.entries(values)
    .map(([name, value]) => secretProblem(name, value))
    .filter((p): p is SecretProblem => !!p && (production || p.reason !== "missing"))
  if (problems.length) return { problems }
  const random = () => randomBytes(48).toString("base64url")
  return { jwtSecret: values.JWT_SECRET || random(), cookieSecret: values.COOKIE_SECRET || random() }
}

/** resolveSecrets for medusa-config: prints one line and exits when the secrets cannot be used. */
export function secretsOrExit(source?: EnvSource): { jwtSecret: string; cookieSecret: string } {
  const result = resolveSecrets(source)
  if ("problems" in result) {
    console.error(describeProblems(result.problems))
    process.exit(1)
  }
  return result
}
