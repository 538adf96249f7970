import type { Onboarding, SellerAccount } from "@/lib/seller-portal/types";

export const draftSeller: SellerAccount = {
  id: "sel_1", status: "draft", name: "Batik Sekar", handle: "batik-sekar", ownerName: "Siti", phone: "+6281234567890",
  email: null, sentra: "kauman", nib: null, npwp: null, kbli: [], scaleBasis: null, declaredAmountIdr: null,
  street: null, kelurahan: null, kecamatan: null, city: null, province: null, postcode: null,
  foundedYear: null, techniques: [], capacity: [], wastewaterMethod: null, ipalName: null,
  workforceTotal: 0, workforceBpjs: 0, artisansOver50: 0, apprenticesUnder25: 0,
  story: { id: "", en: "" }, logoUrl: null, bannerUrl: null, statusNote: null, memberEmail: "siti@example.com", exportProfile: {},
};

export const halfwayOnboarding: Onboarding = {
  status: "draft",
  ready: false,
  steps: [
    { id: "business", complete: true, missing: [] },
    { id: "identity", complete: true, missing: [] },
    { id: "address", complete: false, missing: ["street", "postcode"] },
    { id: "production", complete: false, missing: ["founded_year", "techniques", "capacity"] },
    { id: "people", complete: false, missing: ["wastewater_method"] },
    { id: "story", complete: false, missing: ["story.en"] },
    { id: "documents", complete: false, missing: ["document:npwp", "document:ktp"] },
  ],
};
