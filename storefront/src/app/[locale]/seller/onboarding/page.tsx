import { notFound, redirect } from "next/navigation";
import { isLocale } from "@canting/domain";
import { ONBOARDING_STEPS } from "@/lib/seller-portal/types";

type Props = { params: Promise<{ locale: string }> };

/** `/seller/onboarding` opens the wizard at its first step. */
export default async function OnboardingIndex({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  redirect(`/${locale}/seller/onboarding/${ONBOARDING_STEPS[0]}`);
}
