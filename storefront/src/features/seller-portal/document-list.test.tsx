import { describe, expect, it, vi } from "vitest";
import { screen, within } from "@testing-library/react";
import { renderInLocale } from "@/test/render-client";
import type { SellerDocument } from "@/lib/seller-portal/types";
import { DocumentList } from "./document-list";
import type { FormAction } from "@/lib/result";

const NOTE = "Foto NIB buram, unggah ulang hasil pindaian yang jelas.";
const doc = (over: Partial<SellerDocument>): SellerDocument => ({
  id: "seldoc_1", kind: "nib", filename: "nib.pdf", mimeType: "application/pdf", size: 2048,
  reviewState: "pending", reviewNote: null, createdAt: "2026-11-28T10:00:00.000Z", ...over,
});
const DOCUMENTS = [
  doc({ id: "seldoc_nib", kind: "nib", reviewState: "accepted" }),
  doc({ id: "seldoc_npwp", kind: "npwp", filename: "npwp.pdf", reviewState: "rejected", reviewNote: NOTE }),
  doc({ id: "seldoc_ktp", kind: "ktp", filename: "ktp.jpg", reviewState: "pending" }),
];
const deleteAction = vi.fn<FormAction<{ id: string }>>(async () => ({ ok: true as const, data: { id: "x" } }));
const row = (kind: string) => screen.getAllByTestId("document-row").find((r) => r.getAttribute("data-kind") === kind)!;

describe("DocumentList", () => {
  it("shows each document's review state and why a rejected one was rejected (Indonesian)", () => {
    renderInLocale(<DocumentList documents={DOCUMENTS} locale="id" editable deleteAction={deleteAction} />);
    expect(screen.getByTestId("documents-review-summary").textContent).toBe("1 dari 3 dokumen diterima");
    expect(within(row("nib")).getByTestId("document-review-state").textContent).toBe("Diterima");
    expect(within(row("ktp")).getByTestId("document-review-state").textContent).toBe("Menunggu pemeriksaan");

    const rejected = row("npwp");
    expect(within(rejected).getByTestId("document-review-state").textContent).toBe("Ditolak");
    expect(within(rejected).getByTestId("document-review-note").textContent).toBe(`Alasan ditolak: ${NOTE}`);
    expect(within(rejected).getByTestId("document-reupload-hint").textContent).toMatch(/Unggah salinan dokumen yang sudah diperbaiki/);
    // Only the rejected document carries a note and the re-upload hint
    expect(within(row("nib")).queryByTestId("document-review-note")).toBeNull();
    expect(screen.getAllByTestId("document-reupload-hint")).toHaveLength(1);
  });

  it("shows the same in English, and a note on an accepted document as a plain note", () => {
    const accepted = doc({ id: "seldoc_bpjs", kind: "bpjs", reviewState: "accepted", reviewNote: "Valid until 2027." });
    renderInLocale(<DocumentList documents={[...DOCUMENTS, accepted]} locale="en" editable deleteAction={deleteAction} />, "en");
    expect(screen.getByTestId("documents-review-summary").textContent).toBe("2 of 4 documents accepted");
    expect(within(row("npwp")).getByTestId("document-review-state").textContent).toBe("Rejected");
    expect(within(row("npwp")).getByTestId("document-review-note").textContent).toBe(`Why it was rejected: ${NOTE}`);
    expect(within(row("bpjs")).getByTestId("document-review-note").textContent).toBe("Note: Valid until 2027.");
  });

  it("does not ask for a re-upload or offer delete while documents are locked (under review)", () => {
    renderInLocale(<DocumentList documents={DOCUMENTS} locale="en" editable={false} deleteAction={deleteAction} />, "en");
    expect(within(row("npwp")).getByTestId("document-review-note").textContent).toBe(`Why it was rejected: ${NOTE}`);
    expect(screen.queryByTestId("document-reupload-hint")).toBeNull();
    expect(screen.queryByTestId("document-delete")).toBeNull();
  });

  it("says so when nothing is uploaded yet, without a summary", () => {
    renderInLocale(<DocumentList documents={[]} locale="id" editable deleteAction={deleteAction} />);
    expect(screen.getByTestId("documents-empty").textContent).toBe("Belum ada dokumen.");
    expect(screen.queryByTestId("documents-review-summary")).toBeNull();
  });
});
