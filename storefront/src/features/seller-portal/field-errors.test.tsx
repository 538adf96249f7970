import { describe, expect, it, vi } from "vitest";
import { fireEvent, screen, within } from "@testing-library/react";
import { attachToInputs, toActionFailure } from "@/lib/seller-portal/errors";
import { STEP_INPUTS } from "@/lib/seller-portal/payload";
import { draftSeller } from "@/test/seller-fixtures";
import { renderInLocale } from "@/test/render-client";
import { StepForm } from "./step-form";
import { IdentityFields, PeopleFields } from "./step-fields";
import type { FormAction } from "@/lib/result";

const router = vi.hoisted(() => ({ push: vi.fn(), refresh: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));

// A 400 exactly as docs/api/sellers.md describes it (the backend's message is ignored: the code decides).
const identity400 = {
  type: "invalid_data", message: "NIB harus 13 digit angka.",
  errors: [
    { field: "nib", code: "nib_format", message: "NIB harus 13 digit angka." },
    { field: "kbli.1", code: "kbli_format", message: "..." },
    { field: "declared_amount_idr", code: "some_future_code", message: "..." },
  ],
};

function failingAction(step: "identity" | "people", body: unknown): FormAction<{ intent: "save" | "next" }> {
  const failure = toActionFailure(400, body);
  return vi.fn().mockResolvedValue({ ...failure, fieldErrors: attachToInputs(failure.fieldErrors ?? {}, STEP_INPUTS[step]) });
}

const fieldOf = (testId: string) => screen.getByTestId(testId).closest(".field, fieldset") as HTMLElement;

describe("backend field errors in the wizard", () => {
  it("puts each translated message next to its field", async () => {
    renderInLocale(
      <StepForm step="identity" locale="id" nextHref="/id/seller/onboarding/address" editable inputs={STEP_INPUTS.identity}
        action={failingAction("identity", identity400)}>
        <IdentityFields seller={draftSeller} />
      </StepForm>,
    );
    fireEvent.change(screen.getByTestId("input-nib"), { target: { value: "12345" } });
    fireEvent.click(screen.getByTestId("onboarding-save"));

    expect((await screen.findByTestId("field-error-nib")).textContent).toBe("NIB harus 13 digit angka.");
    expect(within(fieldOf("input-nib")).getByText("NIB harus 13 digit angka.")).toBeTruthy();
    expect(within(fieldOf("input-kbli")).getByTestId("field-error-kbli").textContent).toBe("Kode KBLI harus 5 digit angka, misalnya 13134.");
    // An unknown code still marks its field, with the generic message.
    expect(screen.getByTestId("field-error-declared_amount_idr").textContent).toBe("Isian tidak valid.");
    expect((screen.getByTestId("input-nib") as HTMLInputElement).value).toBe("12345");
    expect(screen.queryByTestId("onboarding-saved")).toBeNull();
  });

  it("translates the same codes for English sellers", async () => {
    renderInLocale(
      <StepForm step="people" locale="en" nextHref="/en/seller/onboarding/story" editable inputs={STEP_INPUTS.people}
        action={failingAction("people", { errors: [{ field: "workforce_bpjs", code: "exceeds_total" }, { field: "wastewater_method", code: "unknown_code" }] })}>
        <PeopleFields seller={draftSeller} />
      </StepForm>,
      "en",
    );
    fireEvent.click(screen.getByTestId("onboarding-save-next"));
    expect((await screen.findByTestId("field-error-workforce_bpjs")).textContent).toBe("Cannot be more than the total number of workers.");
    expect(within(screen.getByTestId("input-wastewater_method")).getByText("Unknown choice.")).toBeTruthy();
    expect(router.push).not.toHaveBeenCalled();
  });

  it("lists errors for fields the form does not show at the top, by their label", async () => {
    renderInLocale(
      <StepForm step="identity" locale="id" nextHref="/id/seller/onboarding/address" editable inputs={STEP_INPUTS.identity}
        action={vi.fn().mockResolvedValue({ ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { handle: "errors:handle_taken" } })}>
        <IdentityFields seller={draftSeller} />
      </StepForm>,
    );
    fireEvent.click(screen.getByTestId("onboarding-save"));
    expect((await screen.findByTestId("form-error-list")).textContent).toBe("Alamat toko: Alamat toko ini sudah dipakai. Pilih yang lain.");
  });

  it("says 'saved' on save, and moves on after 'save & continue'", async () => {
    const action = vi.fn<FormAction<{ intent: "save" | "next" }>>(async (_prev, fd) => ({ ok: true, data: { intent: fd.get("intent") === "next" ? "next" : "save" } }));
    renderInLocale(
      <StepForm step="identity" locale="id" nextHref="/id/seller/onboarding/address" editable inputs={STEP_INPUTS.identity} action={action}>
        <IdentityFields seller={draftSeller} />
      </StepForm>,
    );
    fireEvent.click(screen.getByTestId("onboarding-save"));
    expect((await screen.findByTestId("onboarding-saved")).textContent).toBe("Tersimpan.");
    expect(router.push).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId("onboarding-save-next"));
    await vi.waitFor(() => expect(router.push).toHaveBeenCalledWith("/id/seller/onboarding/address"));
    expect(action.mock.calls.map(([, fd]) => fd.get("step"))).toEqual(["identity", "identity"]);
  });

  it("is read-only without save buttons while the application is under review", () => {
    renderInLocale(
      <StepForm step="identity" locale="id" nextHref="/id/seller/onboarding/address" editable={false} inputs={STEP_INPUTS.identity} action={vi.fn()}>
        <IdentityFields seller={draftSeller} />
      </StepForm>,
    );
    expect((screen.getByTestId("input-nib").closest("fieldset") as HTMLFieldSetElement).disabled).toBe(true);
    expect(screen.queryByTestId("onboarding-save")).toBeNull();
  });
});
