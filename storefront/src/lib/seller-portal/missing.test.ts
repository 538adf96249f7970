import { describe, expect, it } from "vitest";
import { resources } from "@canting/i18n";
import { createTranslator } from "@/lib/i18n/create";
import { FIELD_LABELS, fieldLabel, type LabelT } from "./missing";

const id = createTranslator("id") as unknown as LabelT;
const en = createTranslator("en") as unknown as LabelT;

describe("fieldLabel", () => {
  it("names every field key the backend reports as missing", () => {
    expect(fieldLabel(id, "nib")).toBe("NIB");
    expect(fieldLabel(id, "document:npwp")).toBe("Dokumen: NPWP atau NIK");
    expect(fieldLabel(en, "document:ktp")).toBe("Document: Owner's KTP");
    expect(fieldLabel(id, "story.id")).toBe("Cerita usaha (bahasa Indonesia)");
    expect(fieldLabel(en, "capacity.0.lead_time_days")).toBe("Lead time (days)");
    expect(fieldLabel(en, "ipal_name")).toBe("Name of the communal treatment plant (IPAL)");
  });

  it("shows an unknown key rather than hiding it", () => {
    expect(fieldLabel(id, "halal_certificate")).toBe("Isian lain: halal_certificate");
    expect(fieldLabel(en, "document:export_licence")).toBe("Document: export_licence");
  });

  it("has a label for every listed field, and lists every labelled field", () => {
    expect([...FIELD_LABELS].sort()).toEqual(Object.keys(resources.id.common.sellerPortal.field).sort());
  });
});
