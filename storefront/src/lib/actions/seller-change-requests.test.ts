import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBackend, fakeCookieJar, form } from "@/test/fake-backend";

vi.mock("server-only", () => ({}));
const jar = vi.hoisted(() => ({ current: null as ReturnType<typeof fakeCookieJar> | null }));
vi.mock("next/headers", () => ({ cookies: async () => jar.current }));
const revalidatePath = vi.hoisted(() => vi.fn());
const revalidateTag = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidatePath, revalidateTag }));

const { sendChangeRequest } = await import("./seller-change-requests");

// Every identity input is in the form (the unticked ones hidden); only the ticked ones may leave.
const FULL_FORM = {
  locale: "id", name: "Batik Sekar", handle: "batik-sekar", owner_name: "Siti Aminah",
  nib: "1234 5678 9012 3", npwp: "09.254.294.3-407.000", kbli: "13134, 47711", scale_basis: "modal_usaha", declared_amount_idr: "250.000.000",
  street: "Jl. Hayam Wuruk 5", kelurahan: "Kauman", kecamatan: "Pekalongan Timur", city: "Pekalongan", province: "Jawa Tengah", postcode: "51128",
};

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

describe("sendChangeRequest", () => {
  it("sends exactly the ticked fields, typed, with the reason and the chosen evidence", async () => {
    backend.on("POST /sellers/me/change-requests", { status: 201, body: { change_request: { id: "selcr_1", status: "pending" } } });
    const result = await sendChangeRequest(null, form({
      ...FULL_FORM, fields: ["nib", "kbli", "street"], reason: "  NIB diperbarui di OSS, pindah tempat produksi.  ",
      document_ids: ["seldoc_nib", "seldoc_nib", "seldoc_other"],
    }));
    expect(result).toEqual({ ok: true, data: { id: "selcr_1" } });
    expect(backend.calls).toHaveLength(1);
    expect(backend.calls[0].headers.authorization).toBe("Bearer session-token");
    expect(backend.calls[0].body).toEqual({
      changes: { nib: "1234567890123", kbli: ["13134", "47711"], street: "Jl. Hayam Wuruk 5" },
      reason: "NIB diperbarui di OSS, pindah tempat produksi.",
      document_ids: ["seldoc_nib", "seldoc_other"],
    });
    expect(revalidatePath).toHaveBeenCalledWith("/id/seller", "layout");
    // The workshop's own change shows in the shop at once: the cached public reads expire.
    expect(revalidateTag).toHaveBeenCalledWith("shop", { expire: 0 });
  });

  it("ignores a ticked field that is not a locked identity field, and sends no document_ids when none is chosen", async () => {
    backend.on("POST /sellers/me/change-requests", { status: 201, body: { change_request: { id: "selcr_2" } } });
    await sendChangeRequest(null, form({ ...FULL_FORM, phone: "+628123", fields: ["phone", "declared_amount_idr"], reason: "Modal bertambah." }));
    expect(backend.calls[0].body).toEqual({ changes: { declared_amount_idr: 250000000 }, reason: "Modal bertambah." });
  });

  it("puts a backend 400 on changes.nib under the NIB input", async () => {
    backend.on("POST /sellers/me/change-requests", {
      status: 400,
      body: { type: "invalid_data", message: "…", errors: [{ field: "changes.nib", code: "nib_format" }, { field: "document_ids.0", code: "not_found" }] },
    });
    const result = await sendChangeRequest(null, form({ ...FULL_FORM, nib: "12345", fields: ["nib"], reason: "NIB baru.", document_ids: "seldoc_x" }));
    expect(result).toEqual({
      ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { nib: "errors:nib_format", document_ids: "errors:not_found" },
    });
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("puts 'nothing would change' on the field choice", async () => {
    backend.on("POST /sellers/me/change-requests", {
      status: 400, body: { type: "invalid_data", message: "…", errors: [{ field: "changes", code: "no_change" }] },
    });
    const result = await sendChangeRequest(null, form({ ...FULL_FORM, fields: ["city"], reason: "Salah ketik." }));
    expect(result).toEqual({ ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { fields: "errors:no_change" } });
  });

  it("says a request is already under review on a 409", async () => {
    backend.on("POST /sellers/me/change-requests", {
      status: 409, body: { type: "not_allowed", code: "change_request_pending", message: "…", errors: [] },
    });
    expect(await sendChangeRequest(null, form({ ...FULL_FORM, fields: ["name"], reason: "Ganti nama." })))
      .toEqual({ ok: false, errorKey: "errors:change_request_pending" });
  });

  it("says the details are not locked yet on a 409 change_request_not_needed", async () => {
    backend.on("POST /sellers/me/change-requests", {
      status: 409, body: { type: "not_allowed", code: "change_request_not_needed", message: "…", errors: [] },
    });
    expect(await sendChangeRequest(null, form({ ...FULL_FORM, fields: ["name"], reason: "Ganti nama." })))
      .toEqual({ ok: false, errorKey: "errors:change_request_not_needed" });
  });

  it("asks for a ticked field, a value for each and a reason before calling the backend", async () => {
    expect(await sendChangeRequest(null, form({ ...FULL_FORM, reason: "" }))).toEqual({
      ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { fields: "errors.changeRequestNoField", reason: "errors:required" },
    });
    expect(await sendChangeRequest(null, form({ ...FULL_FORM, owner_name: " ", fields: ["owner_name"], reason: "Pemilik baru." }))).toEqual({
      ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { owner_name: "errors:required" },
    });
    expect(backend.fetch).not.toHaveBeenCalled();
  });
});
