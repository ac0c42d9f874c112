"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";

import { Link } from "@/i18n/navigation";
import { Button } from "@/components/ui/button";
import { useConsentStore } from "@/stores/consent";
import { openCookiePreferences } from "@/components/consent/preferences-sheet";

export function BannerCookies() {
  const t = useTranslations("CookieBanner");
  const { decided, acceptAll, rejectAll, hydrate } = useConsentStore();
  const [mounted, setMounted] = useState(false);

  useEffect(() => {
    hydrate();
    setMounted(true);
  }, [hydrate]);

  if (!mounted || decided) return null;

  return (
    <div
      role="dialog"
      aria-labelledby="cookie-banner-title"
      className="fixed bottom-4 left-1/2 z-50 w-[min(100%-2rem,44rem)] -translate-x-1/2 rounded-xl border bg-background p-5 shadow-lg"
    >
      <h2 id="cookie-banner-title" className="text-base font-semibold">
        {t("title")}
      </h2>
      <p className="mt-2 text-sm text-muted-foreground">
        {t("body")}{" "}
        <Link href="/politica-de-cookies" className="underline underline-offset-4">
          {t("learnMore")}
        </Link>
      </p>

      <div className="mt-4 flex flex-wrap items-center justify-end gap-3">
        <Button variant="link" className="px-0" onClick={rejectAll}>
          {t("rejectAll")}
        </Button>
        <Button variant="outline" onClick={openCookiePreferences}>
          {t("settings")}
        </Button>
        <Button onClick={acceptAll}>{t("acceptAll")}</Button>
      </div>
    </div>
  );
}
