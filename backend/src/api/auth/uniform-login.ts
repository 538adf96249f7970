import { scrypt } from "node:crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"

// Medusa's emailpass provider hashes with scrypt logN 15, r 8, p 1 unless `hashConfig` says otherwise
// (medusa-config sets none). Deriving one key with the same cost takes as long as checking a password.
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }
const SALT = Buffer.alloc(32, 7)

const burnPasswordCheck = (password: string) =>
  new Promise<void>((resolve) => scrypt(password, SALT, 64, SCRYPT, () => resolve()))

/**
 * Medusa answers a login for an unknown email with the same 401 as a wrong password, but before
 * hashing anything, so the reply comes back markedly faster and tells which emails have accounts.
 * For an email without an emailpass identity this spends one password check's time first.
 */
export async function equalizeUnknownEmail(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = req.body as Record<string, unknown> | undefined
  const emailpass = String(req.params?.auth_provider ?? "").toLowerCase() === "emailpass"
  if (!emailpass || typeof body?.email !== "string" || typeof body.password !== "string") return next()
  const [known] = await req.scope.resolve(Modules.AUTH).listProviderIdentities({ entity_id: body.email, provider: "emailpass" }, { take: 1, select: ["id"] })
  if (!known) await burnPasswordCheck(body.password)
  next()
}
