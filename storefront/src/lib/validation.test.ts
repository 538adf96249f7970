import { describe, expect, it } from "vitest";
import { checkEmail, checkHttpUrl, checkText, collectErrors, isEmail, MAX_EMAIL_LENGTH } from "./validation";

const timed = <T>(run: () => T) => {
  const started = performance.now();
  const result = run();
  return { result, ms: performance.now() - started };
};

describe("checkEmail", () => {
  it("accepts ordinary addresses and names what is wrong with the others", () => {
    expect(checkEmail("siti@example.com")).toBeNull();
    expect(checkEmail("siti.rahayu+batik@mail.example.co.id")).toBeNull();
    expect(checkEmail("")).toBe("errors:required");
    expect(checkEmail("", { optional: true })).toBeNull();
    for (const bad of ["siti", "siti@", "@example.com", "siti@example", "siti@@example.com", "si ti@example.com", "siti@example..com", "siti@example.com."]) {
      expect(checkEmail(bad), bad).toBe("errors:email_format");
    }
  });

  it("takes 254 characters and refuses 255 as too long", () => {
    const at254 = `${"a".repeat(MAX_EMAIL_LENGTH - "@example.com".length)}@example.com`;
    expect(at254).toHaveLength(254);
    expect(checkEmail(at254)).toBeNull();
    expect(checkEmail(`a${at254}`)).toBe("errors:too_long");
  });

  it("refuses a 20,000-character and a 1 MB address as too long without running the pattern", () => {
    // The inputs that made the old pattern quadratic: a domain of dots with no ending.
    for (const email of [`a@${".".repeat(20_000)}@`, `a@${"a.".repeat(524_288)} `]) {
      const { result, ms } = timed(() => checkEmail(email));
      expect(result).toBe("errors:too_long");
      expect(ms).toBeLessThan(500); // a generous guard; the old pattern took seconds on the 1 MB one
    }
  });

  it("keeps the pattern itself linear: a worst-case string under the limit is refused at once", () => {
    const { result, ms } = timed(() => isEmail(`a@${"b.".repeat(126)} `));
    expect(result).toBe(false);
    expect(ms).toBeLessThan(50);
  });
});

describe("checkText and checkHttpUrl", () => {
  it("refuses empty required text and text past its limit", () => {
    expect(checkText("")).toBe("errors:required");
    expect(checkText("", { optional: true })).toBeNull();
    expect(checkText("Batik Sekar")).toBeNull();
    expect(checkText("x".repeat(201))).toBe("errors:too_long");
    expect(checkText("x".repeat(300), { max: 300 })).toBeNull();
  });

  it("accepts http(s) links only, with a length limit before the pattern", () => {
    expect(checkHttpUrl("", "errors:tracking_url_format")).toBeNull();
    expect(checkHttpUrl("https://track.example/123", "errors:tracking_url_format")).toBeNull();
    expect(checkHttpUrl("javascript:alert(1)", "errors:tracking_url_format")).toBe("errors:tracking_url_format");
    expect(checkHttpUrl(`https://x.example/${"a".repeat(3000)}`, "errors:tracking_url_format")).toBe("errors:too_long");
  });

  it("collects only the failures", () => {
    expect(collectErrors({ email: "errors:required", name: null })).toEqual({ email: "errors:required" });
  });
});
