import { describe, expect, it } from "vitest"
import { onboardingGaps, onboardingSteps } from "./onboarding"

const complete = {
  name: "Batik Sekar", handle: "batik-sekar", owner_name: "Siti", phone: "+6281234567890", email: "siti@example.com",
  nib: "1234567890123", npwp: "3326012345678901", kbli: ["13134"], scale_basis: "modal_usaha", declared_amount_idr: 250000000,
  street: "Jl. Contoh 1", kelurahan: "Kauman", kecamatan: "Pekalongan Timur", city: "Kota Pekalongan", province: "Jawa Tengah", postcode: "51127",
  founded_year: 1990, techniques: ["batik_tulis"], capacity: [{ technique: "batik_tulis", units_per_month: 20, lead_time_days: 60 }],
  wastewater_method: "own_ipal", workforce_total: 8, story: "Cerita", story_en: "Story",
}

describe("onboarding steps", () => {
  it("is ready when every field and required document is there", () => {
    const steps = onboardingSteps(complete, ["nib", "npwp", "ktp"])
    expect(onboardingGaps(steps)).toEqual([])
    expect(steps.every((s) => s.complete)).toBe(true)
  })

  it("names exactly what is missing, field by field and document by document", () => {
    const steps = onboardingSteps({ ...complete, nib: null, story_en: "", wastewater_method: "communal_ipal" }, ["nib"])
    expect(onboardingGaps(steps)).toEqual(["nib", "ipal_name", "story.en", "document:npwp", "document:ktp"])
    expect(steps.find((s) => s.id === "address")!.complete).toBe(true)
  })

  it("does not count a workforce of zero as filled in", () => {
    const steps = onboardingSteps({ ...complete, workforce_total: 0 }, ["nib", "npwp", "ktp"])
    expect(steps.find((s) => s.id === "people")!.missing).toEqual(["workforce_total"])
  })
})
