import type { Locale } from "@canting/domain";
import type { Result } from "@/lib/result";

export type ImageUpload = Result<{ urls: string[] }>;

/**
 * POSTs photos to the storefront's upload route, which forwards them with the seller's token
 * to `POST /sellers/me/uploads`. Used by the listing photos and the profile's logo and banner.
 */
export async function uploadImages(files: File[], locale: Locale): Promise<ImageUpload> {
  const data = new FormData();
  data.set("locale", locale);
  for (const file of files) data.append("files", file, file.name);
  try {
    const response = await fetch("/api/seller/uploads", { method: "POST", body: data });
    return ((await response.json().catch(() => null)) as ImageUpload | null) ?? { ok: false, errorKey: "errors.backendUnavailable" };
  } catch {
    return { ok: false, errorKey: "errors.backendUnavailable" };
  }
}
