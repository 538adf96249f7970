import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act, fireEvent, screen } from "@testing-library/react";
import { renderInLocale } from "@/test/render-client";
import { DocumentUpload } from "./document-upload";

const router = vi.hoisted(() => ({ push: vi.fn(), refresh: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));

/** An XMLHttpRequest the test drives: progress events, then the route handler's answer. */
class FakeXhr {
  static last: FakeXhr | null = null;
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  responseType = "";
  response: unknown = null;
  url = "";
  sent: FormData | null = null;
  open(_method: string, url: string) { this.url = url; }
  send(body: FormData) { this.sent = body; FakeXhr.last = this; }
  progress(percent: number) { this.upload.onprogress?.({ lengthComputable: true, loaded: percent, total: 100 }); }
  finish(response: unknown) { this.response = response; this.onload?.(); }
}

function choose(file: File) {
  const input = screen.getByTestId("document-file") as HTMLInputElement;
  // happy-dom keeps the chosen files behind the `files` setter; fireEvent's `target.files` would shadow it.
  input.files = [file] as unknown as FileList;
  fireEvent.change(input);
}

beforeEach(() => { FakeXhr.last = null; vi.stubGlobal("XMLHttpRequest", FakeXhr); });
afterEach(() => vi.unstubAllGlobals());

describe("DocumentUpload", () => {
  it("shows upload progress, then refreshes the list", async () => {
    renderInLocale(<DocumentUpload locale="id" defaultKind="npwp" />);
    expect((screen.getByTestId("document-kind") as HTMLSelectElement).value).toBe("npwp");
    choose(new File(["%PDF-1.7"], "npwp.pdf", { type: "application/pdf" }));
    fireEvent.click(screen.getByTestId("document-upload-submit"));

    await vi.waitFor(() => expect(FakeXhr.last).not.toBeNull());
    const xhr = FakeXhr.last!;
    expect(xhr.url).toBe("/api/seller/documents");
    expect(xhr.sent?.get("kind")).toBe("npwp");
    expect((xhr.sent?.get("file") as File).name).toBe("npwp.pdf");

    act(() => xhr.progress(40));
    expect(screen.getByTestId("document-upload-progress").textContent).toBe("Mengunggah… 40%");
    expect((screen.getByTestId("document-upload-submit") as HTMLButtonElement).disabled).toBe(true);

    await act(async () => xhr.finish({ ok: true, data: { id: "seldoc_1" } }));
    expect(screen.getByTestId("document-uploaded").textContent).toBe("Dokumen terunggah.");
    expect(screen.queryByTestId("document-upload-progress")).toBeNull();
    expect(router.refresh).toHaveBeenCalled();
  });

  it("shows the backend's file error next to the file field", async () => {
    renderInLocale(<DocumentUpload locale="en" defaultKind="nib" />, "en");
    choose(new File(["MZ"], "nib.exe", { type: "application/octet-stream" }));
    fireEvent.click(screen.getByTestId("document-upload-submit"));
    await vi.waitFor(() => expect(FakeXhr.last).not.toBeNull());
    await act(async () => FakeXhr.last!.finish({ ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { file: "errors:file_type" } }));
    expect(screen.getByTestId("field-error-file").textContent).toBe("The file must be a PDF, JPG, PNG or WebP.");
  });

  it("refuses a file over 10 MB before uploading it", () => {
    renderInLocale(<DocumentUpload locale="id" defaultKind="ktp" />);
    choose(new File([new Uint8Array(10 * 1024 * 1024 + 1)], "ktp.jpg", { type: "image/jpeg" }));
    fireEvent.click(screen.getByTestId("document-upload-submit"));
    expect(screen.getByTestId("field-error-file").textContent).toBe("Berkas terlalu besar (maksimal 10 MB).");
    expect(FakeXhr.last).toBeNull();
  });
});
