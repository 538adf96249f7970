import { describe, expect, it, vi } from "vitest";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { toActionFailure } from "@/lib/seller-portal/errors";
import { renderInLocale } from "@/test/render-client";
import { SubmitReview } from "./submit-review";

const router = vi.hoisted(() => ({ push: vi.fn(), refresh: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));

const incomplete = { type: "invalid_data", message: "…", missing: ["nib", "document:npwp", "story.en", "capacity"] };

describe("SubmitReview", () => {
  it("lists what is missing, translated, when the backend refuses the submit", async () => {
    renderInLocale(<SubmitReview locale="id" missing={[]} action={vi.fn().mockResolvedValue(toActionFailure(400, incomplete))} />);
    expect(screen.queryByTestId("submit-missing")).toBeNull();
    fireEvent.click(screen.getByTestId("seller-submit-review"));
    const list = await screen.findByTestId("submit-missing");
    expect([...list.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      "NIB", "Dokumen: NPWP atau NIK", "Cerita usaha (bahasa Inggris)", "Kapasitas produksi",
    ]);
    expect(screen.getByTestId("submit-error").textContent).toBe("Data pendaftaran belum lengkap.");
  });

  it("names the same gaps in English", async () => {
    renderInLocale(<SubmitReview locale="en" missing={[]} action={vi.fn().mockResolvedValue(toActionFailure(400, incomplete))} />, "en");
    fireEvent.click(screen.getByTestId("seller-submit-review"));
    const list = await screen.findByTestId("submit-missing");
    expect(list.textContent).toContain("Document: NPWP or NIK");
    expect(list.textContent).toContain("Your story (English)");
  });

  it("returns to the portal once submitted", async () => {
    renderInLocale(<SubmitReview locale="id" missing={["document:ktp"]} action={vi.fn().mockResolvedValue({ ok: true, data: { status: "submitted" } })} />);
    expect(screen.getByTestId("submit-missing").textContent).toBe("Dokumen: KTP pemilik");
    fireEvent.click(screen.getByTestId("seller-submit-review"));
    await waitFor(() => expect(router.push).toHaveBeenCalledWith("/id/seller"));
  });
});
