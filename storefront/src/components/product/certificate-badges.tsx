import "./certificate-badges.css";
import type { Locale } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";
import type { PublicCertificate, Trust } from "@/lib/trust";

/** A calendar date (YYYY-MM-DD) in the shopper's language, without time-zone drift. */
function formatDay(value: string, locale: Locale): string {
  const date = new Date(`${value.slice(0, 10)}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? value : new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", { dateStyle: "long", timeZone: "UTC" }).format(date);
}

function CertificateItem({ cert, locale, t }: { cert: PublicCertificate; locale: Locale; t: Translate }) {
  return (
    <li className={`cert cert--${cert.displayState}`} data-testid="certificate-badge" data-scheme={cert.scheme} data-state={cert.displayState}>
      <p className="cert__name">
        <strong>{t(`vocab:certScheme.${cert.scheme}`)}</strong>
        {cert.batikmarkType && <> · {t(`vocab:batikmarkType.${cert.batikmarkType}`)}</>}
        {cert.displayState === "expiring_soon" && <span className="cert__flag"> · {t("certs:badges.expiringSoon")}</span>}
      </p>
      {cert.demo
        ? <p className="cert__demo" data-testid="certificate-demo">{t("certs:badges.demo")}</p>
        : cert.verificationMethod && <p className="cert__verified">{t("certs:badges.verifiedBy", { method: t(`vocab:verificationMethod.${cert.verificationMethod}`) })}</p>}
      <p className="cert__meta">
        {t("certs:badges.issuer", { issuer: cert.demo ? t("certs:badges.demoIssuer") : cert.issuer })} · {t("certs:badges.number", { number: cert.number })}
        {cert.standard && <> · {cert.standard}</>}
      </p>
      <p className="cert__meta">
        {cert.expiresAt ? t("certs:badges.validUntil", { date: formatDay(cert.expiresAt, locale) }) : t("certs:badges.noExpiry")}
        {cert.subjectType === "seller" && <> · {t("certs:badges.workshop")}</>}
      </p>
    </li>
  );
}

/**
 * The eco labels and certificates shoppers may see: only ones Canting verified (the API sends no
 * pending, expired, rejected or revoked ones). "Verified by Canting: <method>" only where real
 * evidence was checked; a demo certificate says instead that no real document was checked.
 */
export function CertificateBadges({ trust, locale, t }: { trust: Trust; locale: Locale; t: Translate }) {
  if (trust.certificates.length === 0 && trust.ecoTags.length === 0) return null;
  return (
    <section className="certs" aria-labelledby="certs-title" data-testid="certificates">
      <h2 id="certs-title">{t("certs:badges.title")}</h2>
      {trust.ecoTags.length > 0 && (
        <ul className="eco-tags" role="list" aria-label={t("certs:badges.ecoTitle")}>
          {trust.ecoTags.map((tag) => (
            <li key={tag} className="eco-tag" data-testid="eco-tag" data-tag={tag}>{t(`vocab:ecoTag.${tag}`)}</li>
          ))}
        </ul>
      )}
      {trust.certificates.length > 0 && (
        <ul className="certs__list" role="list" aria-label={t("certs:badges.certificatesTitle")}>
          {trust.certificates.map((cert) => <CertificateItem key={cert.id} cert={cert} locale={locale} t={t} />)}
        </ul>
      )}
    </section>
  );
}
