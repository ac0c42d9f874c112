"use client";

import Link from "next/link";
import CookieConsent from "react-cookie-consent";

import { grantAdStorage, denyAdStorage } from "@/lib/gtag";

const COOKIE_NAME = "pm_cookie_consent";

export default function CookieBar() {
  return (
    <CookieConsent
      location="bottom"
      cookieName={COOKIE_NAME}
      expires={180}
      enableDeclineButton
      flipButtons
      buttonText="Accept cookies"
      declineButtonText="Continue without accepting"
      onAccept={() => grantAdStorage()}
      onDecline={() => denyAdStorage()}
      style={{ background: "#111827", alignItems: "center", fontSize: "14px" }}
      contentClasses="text-gray-100"
      buttonStyle={{
        background: "#facc15",
        color: "#111827",
        fontSize: "14px",
        fontWeight: 600,
        borderRadius: "6px",
        padding: "10px 18px",
      }}
      declineButtonStyle={{
        background: "transparent",
        color: "#d1d5db",
        fontSize: "12px",
        textDecoration: "underline",
        padding: "0",
      }}
    >
      PixelMarket uses cookies to remember your basket, measure our campaigns and show you
      personalised ads on partner sites.{" "}
      <Link href="/legal/cookies" className="underline">
        Read our cookie policy
      </Link>
      .
    </CookieConsent>
  );
}
