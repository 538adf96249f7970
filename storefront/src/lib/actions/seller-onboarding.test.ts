import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBackend, fakeCookieJar, form } from "@/test/fake-backend";

vi.mock("server-only", () => ({}));
const jar = vi.hoisted(() => ({ current: null as ReturnType<typeof fakeCookieJar> | null }));
vi.mock("next/headers", () => ({ cookies: async () => jar.current }));
const revalidatePath = vi.hoisted(() => vi.fn());
const revalidateTag = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidatePath, revalidateTag }));
vi.mock("next/navigation", () => ({ redirect: (to: string) => { throw new Error(`REDIRECT ${to}`); } }));

const { saveOnboardingStep, submitForReview, deleteSellerDocument } = await import("./seller-onboarding");

let backend: ReturnType<typeof fakeBackend>;
beforeEach(() => {
  process.env.MEDUSA_BACKEND_URL = "http://backend.test";
  process.env.MEDUSA_PUBLISHABLE_KEY = "pk_test";
  jar.current = fakeCookieJar();
  jar.current.set("canting_seller_token", "session-token");
  backend = fakeBackend();
  vi.stubGlobal("fetch", backend.fetch);
  revalidatePath.mockClear();
  revalidateTag.mockClear();
});
afterEach(() => vi.unstubAllGlobals());

describe("saveOnboardingStep", () => {
  it("posts only the step's fields, typed, with the seller's token", async () => {
    backend.on("POST /sellers/me", { status: 200, body: { seller: {} } });
    const result = await saveOnboardingStep(null, form({
      locale: "id", step: "identity", intent: "next",
      nib: "1234 5678 9012 3", npwp: "09.254.294.3-407.000", kbli: "13134, 47711", scale_basis: "modal_usaha", declared_amount_idr: "250.000.000",
    }));
    expect(result).toEqual({ ok: true, data: { intent: "next" } });
    expect(backend.calls[0].headers.authorization).toBe("Bearer session-token");
    expect(backend.calls[0].body).toEqual({
      nib: "1234567890123", npwp: "092542943407000", kbli: ["13134", "47711"], scale_basis: "modal_usaha", declared_amount_idr: 250000000,
    });
    expect(revalidatePath).toHaveBeenCalledWith("/id/seller", "layout");
  });

  it("sends capacity for the chosen techniques and maps row errors back to the technique's inputs", async () => {
    backend.on("POST /sellers/me", {
      status: 400, body: { type: "invalid_data", message: "…", errors: [{ field: "capacity.1.lead_time_days", code: "required" }, { field: "founded_year", code: "year_range" }] },
    });
    const result = await saveOnboardingStep(null, form({
      locale: "en", step: "production", founded_year: "1850", techniques: ["batik_tulis", "batik_cap"],
      "capacity.batik_tulis.units_per_month": "20", "capacity.batik_tulis.lead_time_days": "30",
      "capacity.batik_cap.units_per_month": "200", "capacity.batik_cap.lead_time_days": "",
      "capacity.batik_kombinasi.units_per_month": "5",
    }));
    expect(backend.calls[0].body).toEqual({
      founded_year: 1850,
      techniques: ["batik_tulis", "batik_cap"],
      capacity: [
        { technique: "batik_tulis", units_per_month: 20, lead_time_days: 30 },
        { technique: "batik_cap", units_per_month: 200 },
      ],
    });
    expect(result).toEqual({
      ok: false, errorKey: "errors.sellerInvalidData",
      fieldErrors: { "capacity.batik_cap.lead_time_days": "errors:required", founded_year: "errors:year_range" },
    });
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("says the status forbids changes on a 409", async () => {
    backend.on("POST /sellers/me", { status: 409, body: { type: "not_allowed", code: "status_locked", message: "status_locked: …" } });
    expect(await saveOnboardingStep(null, form({ locale: "id", step: "story", "story.id": "Sejak 1985." })))
      .toEqual({ ok: false, errorKey: "errors:status_locked" });
    expect(backend.calls[0].body).toEqual({ story: { id: "Sejak 1985." } });
  });

  it("asks to log in again when the session is gone", async () => {
    jar.current!.delete("canting_seller_token");
    expect(await saveOnboardingStep(null, form({ locale: "id", step: "address", street: "Jl. Hayam Wuruk 5" })))
      .toEqual({ ok: false, errorKey: "errors.sellerSessionExpired" });
    expect(backend.fetch).not.toHaveBeenCalled();
  });
});

describe("submitForReview", () => {
  it("returns every gap the backend lists", async () => {
    backend.on("POST /sellers/me/submit", {
      status: 400, body: { type: "invalid_data", message: "…", errors: [{ field: "nib", code: "required" }], missing: ["nib", "document:ktp"] },
    });
    expect(await submitForReview(null, form({ locale: "id" }))).toEqual({ ok: false, errorKey: "errors:incomplete", missing: ["nib", "document:ktp"] });
  });

  it("takes the seller back to the portal home once submitted", async () => {
    backend.on("POST /sellers/me/submit", { status: 200, body: { seller: { status: "submitted" } } });
    await expect(submitForReview(null, form({ locale: "en" }))).rejects.toThrow("REDIRECT /en/seller");
  });
});

describe("deleteSellerDocument", () => {
  it("deletes by id and refuses while under review", async () => {
    backend
      .on("DELETE /sellers/me/documents/seldoc_1", { status: 200, body: { id: "seldoc_1", deleted: true } },
        { status: 409, body: { type: "not_allowed", code: "status_locked", message: "…" } });
    expect(await deleteSellerDocument(null, form({ locale: "id", id: "seldoc_1" }))).toEqual({ ok: true, data: { id: "seldoc_1" } });
    expect(await deleteSellerDocument(null, form({ locale: "id", id: "seldoc_1" }))).toEqual({ ok: false, errorKey: "errors:status_locked" });
  });
});
