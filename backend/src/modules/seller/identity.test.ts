import { describe, expect, it } from "vitest"
import { changedIdentityFields, isIdentityLocked } from "./identity"

const stored = {
  name: "Batik Sekar", handle: "batik-sekar", owner_name: "Siti", nib: "1234567890123", npwp: "332601234567890",
  kbli: ["13134", "14111"], scale_basis: "modal_usaha", declared_amount_idr: 250000000, street: "Jl. Contoh 1", kelurahan: null,
  phone: "+6281234567890", story: "Cerita",
}

describe("identity lock", () => {
  it("locks approved and suspended sellers only", () => {
    expect(["draft", "submitted", "changes_requested", "approved", "rejected", "suspended"].filter(isIdentityLocked)).toEqual(["approved", "suspended"])
  })

  it("names each identity field an edit changes, and ignores the rest", () => {
    expect(changedIdentityFields(stored, { nib: "9876543210987", name: "Batik Lain", phone: "+6285700000000", story: "Baru" })).toEqual(["name", "nib"])
  })

  it("treats the same value in another form as no change", () => {
    expect(changedIdentityFields(stored, {
      nib: "1234567890123", kbli: ["14111", "13134"], declared_amount_idr: 250_000_000, kelurahan: "", name: "Batik Sekar",
    })).toEqual([])
  })

  it("sees a cleared, added or re-amounted value as a change", () => {
    expect(changedIdentityFields(stored, { kbli: ["13134"], kelurahan: "Kauman", declared_amount_idr: 250_000_001 }))
      .toEqual(["kbli", "declared_amount_idr", "kelurahan"])
  })
})
