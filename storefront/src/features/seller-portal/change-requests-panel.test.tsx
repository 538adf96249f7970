import { describe, expect, it, vi } from "vitest";
import { fireEvent, screen, within } from "@testing-library/react";
import { IDENTITY_FIELDS } from "@canting/domain";
import { resources } from "@canting/i18n";
import type { ChangeRequest } from "@/lib/seller-portal/change-requests";
import type { SellerAccount, SellerDocument } from "@/lib/seller-portal/types";
import { renderInLocale } from "@/test/render-client";
import { draftSeller } from "@/test/seller-fixtures";
import { ChangeRequestsPanel } from "./change-requests-panel";
import type { FormAction } from "@/lib/result";

const seller: SellerAccount = {
  ...draftSeller, status: "approved", nib: "1234567890123", npwp: "092542943407000", kbli: ["13134"], scaleBasis: "modal_usaha",
  declaredAmountIdr: 250000000, street: "Jl. Hayam Wuruk 5", kelurahan: "Kauman", kecamatan: "Pekalongan Timur",
  city: "Pekalongan", province: "Jawa Tengah", postcode: "51128",
};
const request = (over: Partial<ChangeRequest>): ChangeRequest => ({
  id: "selcr_1", status: "pending", changes: {}, previous: {}, reason: "", documentIds: [],
  decidedAt: null, decisionNote: null, createdAt: "2026-11-28T03:00:00.000Z", ...over,
});
const PENDING = request({
  id: "selcr_2", status: "pending", createdAt: "2026-12-02T03:00:00.000Z",
  changes: { nib: "9876543210987", street: "Jl. Sultan Agung 12" }, previous: { nib: "1234567890123", street: "Jl. Hayam Wuruk 5" },
  reason: "NIB diperbarui di OSS dan tempat produksi pindah.",
});
const REJECTED = request({
  id: "selcr_1", status: "rejected", changes: { name: "Batik Sekar Jagad" }, previous: { name: "Batik Sekar" },
  reason: "Ganti nama usaha.", decidedAt: "2026-11-30T03:00:00.000Z", decisionNote: "Akta perubahan nama belum dilampirkan.",
});
const DOCUMENTS: SellerDocument[] = [
  { id: "seldoc_nib", kind: "nib", filename: "nib-baru.pdf", mimeType: "application/pdf", size: 2048, reviewState: "pending", reviewNote: null, createdAt: null },
  { id: "seldoc_other", kind: "other", filename: "surat-pindah.jpg", mimeType: "image/jpeg", size: 4096, reviewState: "pending", reviewNote: null, createdAt: null },
];
const noAction = vi.fn<FormAction<{ id: string }>>();
const card = (id: string) => screen.getAllByTestId("change-request").find((el) => within(el).queryByTestId("change-request-reason")?.textContent?.includes(id))!;

describe("ChangeRequestsPanel", () => {
  it("lists a pending request with old → new values, and says it is under review instead of offering a second form", () => {
    renderInLocale(<ChangeRequestsPanel requests={[PENDING, REJECTED]} seller={seller} documents={DOCUMENTS} locale="id" action={noAction} />);
    expect(screen.getByTestId("change-request-pending").textContent).toContain("Permintaan perubahan Anda sedang ditinjau.");
    expect(screen.queryByTestId("change-request-form")).toBeNull();
    expect(screen.queryByRole("button", { name: "Kirim permintaan" })).toBeNull();

    const [first, second] = screen.getAllByTestId("change-request");
    expect(first.getAttribute("data-status")).toBe("pending");
    expect(second.getAttribute("data-status")).toBe("rejected");
    expect(within(first).getByTestId("change-request-status").textContent).toBe("Sedang ditinjau");
    expect(within(first).getByTestId("change-request-dates").textContent).toBe("Dikirim 2 Desember 2026");
    const nib = within(first).getByTestId("change-request-field-nib");
    expect(within(nib).getByRole("term").textContent).toBe("NIB");
    expect(within(nib).getByTestId("change-request-old").textContent).toBe("1234567890123");
    expect(within(nib).getByTestId("change-request-new").textContent).toBe("9876543210987");
    expect(within(within(first).getByTestId("change-request-field-street")).getByRole("definition").textContent)
      .toBe("Jl. Hayam Wuruk 5 →menjadi Jl. Sultan Agung 12");
    expect(within(first).getByTestId("change-request-reason").textContent).toBe("Alasan Anda: NIB diperbarui di OSS dan tempat produksi pindah.");
    expect(within(first).queryByTestId("change-request-note")).toBeNull();
  });

  it("shows a rejected request with the Canting team's note and when it was decided (English)", () => {
    renderInLocale(<ChangeRequestsPanel requests={[REJECTED]} seller={seller} documents={[]} locale="en" action={noAction} />, "en");
    const rejected = card("Ganti nama usaha.");
    expect(within(rejected).getByTestId("change-request-status").textContent).toBe("Rejected");
    expect(within(rejected).getByTestId("change-request-dates").textContent).toBe("Sent 28 November 2026 · Decided 30 November 2026");
    const name = within(rejected).getByTestId("change-request-field-name");
    expect(within(name).getByRole("term").textContent).toBe("Shop name");
    expect(within(name).getByTestId("change-request-old").textContent).toBe("Batik Sekar");
    expect(within(name).getByTestId("change-request-new").textContent).toBe("Batik Sekar Jagad");
    expect(within(rejected).getByTestId("change-request-note").textContent).toBe("Note from the Canting team: Akta perubahan nama belum dilampirkan.");
    // Nothing pending: a new request can be made.
    expect(screen.getByTestId("change-request-form")).toBeTruthy();
    expect(screen.queryByTestId("change-request-pending")).toBeNull();
  });

  it("offers the locked fields with their onboarding labels and current values, and the uploaded documents as evidence", () => {
    renderInLocale(<ChangeRequestsPanel requests={[]} seller={seller} documents={DOCUMENTS} locale="id" action={noAction} />);
    expect(screen.getByTestId("change-requests-empty").textContent).toBe("Belum ada permintaan perubahan.");
    const choices = within(screen.getByTestId("change-request-fields")).getAllByRole("checkbox") as HTMLInputElement[];
    expect(choices.map((c) => c.value)).toEqual([...IDENTITY_FIELDS]);
    const labels = resources.id.common.sellerPortal.field;
    expect(choices.map((c) => c.closest("label")!.textContent)).toEqual(IDENTITY_FIELDS.map((f) => labels[f]));
    expect(screen.getByText("Sekarang: Rp 250.000.000")).toBeTruthy();
    expect(screen.getByText("Sekarang: Modal usaha (di luar tanah dan bangunan)")).toBeTruthy();
    const evidence = within(screen.getByTestId("change-request-documents"));
    expect(evidence.getByLabelText("NIB (dari OSS) · nib-baru.pdf")).toHaveProperty("value", "seldoc_nib");
    expect(evidence.getByLabelText("Dokumen lain · surat-pindah.jpg")).toHaveProperty("value", "seldoc_other");
    expect(screen.getByTestId("change-request-upload").getAttribute("href")).toBe("/id/seller/onboarding/documents");
  });

  it("sends the ticked fields and shows the backend's NIB error under the NIB input, keeping what was typed", async () => {
    const action = vi.fn<FormAction<{ id: string }>>().mockResolvedValue({
      ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { nib: "errors:nib_format" },
    });
    renderInLocale(<ChangeRequestsPanel requests={[]} seller={seller} documents={DOCUMENTS} locale="id" action={action} />);
    fireEvent.click(screen.getByTestId("change-pick-nib"));
    fireEvent.change(screen.getByTestId("change-input-nib"), { target: { value: "98765" } });
    fireEvent.change(screen.getByTestId("change-request-reason"), { target: { value: "NIB baru dari OSS." } });
    fireEvent.click(screen.getByLabelText("NIB (dari OSS) · nib-baru.pdf"));
    fireEvent.click(screen.getByRole("button", { name: "Kirim permintaan" }));

    const error = await screen.findByTestId("field-error-nib");
    expect(error.textContent).toBe("NIB harus 13 digit angka.");
    const nib = screen.getByTestId("change-input-nib") as HTMLInputElement;
    expect(nib.getAttribute("aria-describedby")).toContain(error.id);
    expect(nib.value).toBe("98765");
    expect(screen.getByTestId("change-request-error").textContent).toContain("Ada isian yang perlu diperbaiki");
    const sent = action.mock.calls[0][1];
    expect(sent.getAll("fields")).toEqual(["nib"]);
    expect(sent.get("nib")).toBe("98765");
    expect(sent.getAll("document_ids")).toEqual(["seldoc_nib"]);
    expect(sent.get("locale")).toBe("id");
  });

  it("shows a 409's message for the whole form (English)", async () => {
    const action = vi.fn<FormAction<{ id: string }>>().mockResolvedValue({ ok: false, errorKey: "errors:change_request_pending" });
    renderInLocale(<ChangeRequestsPanel requests={[]} seller={seller} documents={[]} locale="en" action={action} />, "en");
    expect(screen.getByTestId("change-request-no-documents").textContent).toBe("No documents uploaded yet.");
    fireEvent.click(screen.getByTestId("change-pick-city"));
    fireEvent.change(screen.getByTestId("change-request-reason"), { target: { value: "Typo." } });
    fireEvent.click(screen.getByRole("button", { name: "Send request" }));
    expect((await screen.findByTestId("change-request-error")).textContent)
      .toBe("You already have a change request under review. Wait for the decision before sending another.");
  });

  it("offers no form to a seller whose details are not locked yet", () => {
    renderInLocale(<ChangeRequestsPanel requests={[]} seller={{ ...seller, status: "draft" }} documents={[]} locale="id" action={noAction} />);
    expect(screen.getByTestId("change-request-not-needed").textContent).toBe("Data Anda tidak dikunci: ubah langsung di profil Anda.");
    expect(screen.queryByTestId("change-request-form")).toBeNull();
  });
});
