import { describe, expect, it } from "vitest";
import { form } from "@/test/fake-backend";
import { readAddressForm } from "./address";

const indonesian = {
  first_name: "Siti Aminah", phone: "0812 3456 7890", address_1: "Jl. Hayam Wuruk 12 RT 01/RW 02", kelurahan: "Kauman",
  kecamatan: "Pekalongan Timur", city: "Kota Pekalongan", province: "id-jt", postal_code: "51128",
};

describe("readAddressForm (Indonesia)", () => {
  it("builds the Medusa address with kelurahan/kecamatan kept apart in metadata", () => {
    const r = readAddressForm(form({ ...indonesian, email: "siti@example.com" }), "indonesia", { withEmail: true });
    expect(r.fieldErrors).toEqual({});
    expect(r.email).toBe("siti@example.com");
    expect(r.payload).toEqual({
      first_name: "Siti Aminah", phone: "0812 3456 7890", address_1: "Jl. Hayam Wuruk 12 RT 01/RW 02", address_2: "Kauman, Pekalongan Timur",
      city: "Kota Pekalongan", province: "id-jt", postal_code: "51128", country_code: "id",
      metadata: { kelurahan: "Kauman", kecamatan: "Pekalongan Timur" },
    });
  });

  it("names every field at fault: missing kecamatan, a 4-digit postcode, an unknown province, a bad email", () => {
    const r = readAddressForm(form({ ...indonesian, kecamatan: " ", postal_code: "5111", province: "id-xx", email: "siti@" }), "indonesia", { withEmail: true });
    expect(r.payload).toBeNull();
    expect(r.fieldErrors).toEqual({ kecamatan: "errors:required", postal_code: "errors:postcode_format", province: "errors:unknown_code", email: "errors:email_format" });
    expect(r.values.postal_code).toBe("5111");
  });

  it("refuses a 1 MB email as too long before any pattern looks at it", () => {
    const r = readAddressForm(form({ ...indonesian, email: `a@${".".repeat(1024 * 1024)}@` }), "indonesia", { withEmail: true });
    expect(r.fieldErrors).toEqual({ email: "errors:too_long" });
  });
});

describe("readAddressForm (International)", () => {
  const intl = { first_name: "Emma de Vries", phone: "+31 20 123 4567", address_1: "Keizersgracht 1", city: "Amsterdam", postal_code: "1015 CJ", country_code: "NL" };

  it("accepts a country of the region, without kecamatan or province", () => {
    const r = readAddressForm(form(intl), "international", { countries: ["nl", "us"] });
    expect(r.fieldErrors).toEqual({});
    expect(r.payload).toEqual({ first_name: "Emma de Vries", phone: "+31 20 123 4567", address_1: "Keizersgracht 1", city: "Amsterdam", postal_code: "1015 CJ", country_code: "nl" });
  });

  it("refuses a country the region does not ship to and a postcode with symbols", () => {
    const r = readAddressForm(form({ ...intl, country_code: "br", postal_code: "10#15" }), "international", { countries: ["nl", "us"] });
    expect(r.fieldErrors).toEqual({ country_code: "errors:unknown_code", postal_code: "errors:postcode_format" });
  });
});
