import { afterEach, describe, expect, it, vi } from "vitest";
import { fireEvent, screen } from "@testing-library/react";
import { renderInLocale } from "@/test/render-client";
import { ProfileImageField } from "./profile-image-field";

function choose(testId: string, file: File) {
  const input = screen.getByTestId(testId) as HTMLInputElement;
  // happy-dom keeps the chosen files behind the `files` setter; fireEvent's `target.files` would shadow it.
  input.files = [file] as unknown as FileList;
  fireEvent.change(input);
}

const hidden = (name: string) => document.querySelector(`input[type=hidden][name=${name}]`) as HTMLInputElement;

afterEach(() => vi.unstubAllGlobals());

describe("ProfileImageField", () => {
  it("uploads the chosen logo and posts its URL with the form", async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true, data: { urls: ["http://localhost:9000/static/sel_1-logo.png"] } })));
    vi.stubGlobal("fetch", fetchMock);
    renderInLocale(<ProfileImageField name="logo_url" initial={null} locale="id" />);
    expect(screen.getByTestId("profile-logo-empty").textContent).toBe("Belum ada logo.");
    expect(hidden("logo_url").value).toBe("");

    choose("profile-logo-input", new File(["\x89PNG"], "logo.png", { type: "image/png" }));

    await vi.waitFor(() => expect(screen.getByTestId("profile-logo-preview").getAttribute("src")).toBe("http://localhost:9000/static/sel_1-logo.png"));
    expect(hidden("logo_url").value).toBe("http://localhost:9000/static/sel_1-logo.png");
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/seller/uploads");
    expect(((init.body as FormData).get("files") as File).name).toBe("logo.png");
  });

  it("removes the banner: the form then posts an empty value, which clears it", () => {
    renderInLocale(<ProfileImageField name="banner_url" initial="http://localhost:9000/static/b.jpg" locale="en" />, "en");
    expect(hidden("banner_url").value).toBe("http://localhost:9000/static/b.jpg");
    fireEvent.click(screen.getByTestId("profile-banner-remove"));
    expect(hidden("banner_url").value).toBe("");
    expect(screen.getByTestId("profile-banner-empty").textContent).toBe("No cover image yet.");
  });

  it("refuses a file over 10 MB before uploading, and shows the backend's file-type error", async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: false, errorKey: "errors:invalid_input", fieldErrors: { "files.0": "errors:file_type" } })));
    vi.stubGlobal("fetch", fetchMock);
    renderInLocale(<ProfileImageField name="logo_url" initial={null} locale="en" />, "en");

    const big = new File(["x"], "huge.png", { type: "image/png" });
    Object.defineProperty(big, "size", { value: 11 * 1024 * 1024 });
    choose("profile-logo-input", big);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(screen.getByTestId("field-error-logo_url").textContent).not.toBe("");

    choose("profile-logo-input", new File(["MZ"], "logo.png", { type: "image/png" }));
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(screen.getByTestId("field-error-logo_url").textContent).toMatch(/JPG|PNG|type|file/i));
    expect(hidden("logo_url").value).toBe("");
  });
});
