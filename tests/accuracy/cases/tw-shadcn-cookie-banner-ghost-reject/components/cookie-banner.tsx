"use client"

import * as React from "react"
import Link from "next/link"
import Cookies from "js-cookie"
import { Cookie } from "lucide-react"

import { Button } from "@/components/ui/button"
import { loadMarketingTags, loadAnalytics } from "@/lib/tags"

const CONSENT_COOKIE = "hv_consent"

type ConsentValue = "all" | "necessary"

export function CookieBanner() {
  const [visible, setVisible] = React.useState(false)

  React.useEffect(() => {
    const saved = Cookies.get(CONSENT_COOKIE) as ConsentValue | undefined
    if (!saved) {
      setVisible(true)
      return
    }
    if (saved === "all") {
      loadAnalytics()
      loadMarketingTags()
    }
  }, [])

  const save = (value: ConsentValue) => {
    Cookies.set(CONSENT_COOKIE, value, { expires: 180, sameSite: "lax" })
    if (value === "all") {
      loadAnalytics()
      loadMarketingTags()
    }
    setVisible(false)
  }

  if (!visible) return null

  return (
    <section
      aria-label="Cookie consent"
      className="fixed inset-x-0 bottom-0 z-50 border-t bg-background/95 backdrop-blur supports-[backdrop-filter]:bg-background/80"
    >
      <div className="container flex flex-col gap-4 py-4 md:flex-row md:items-center md:justify-between">
        <div className="flex items-start gap-3">
          <Cookie className="mt-0.5 h-5 w-5 shrink-0 text-muted-foreground" aria-hidden />
          <p className="text-sm text-muted-foreground">
            Harvest &amp; Vine uses cookies to measure traffic and to show you personalised ads on
            other sites. You can change your choice at any time from the footer.
          </p>
        </div>
        <div className="flex shrink-0 items-center gap-2">
          <Button variant="link" size="sm" asChild>
            <Link href="/cookies">Cookie settings</Link>
          </Button>
          <Button variant="ghost" size="sm" onClick={() => save("necessary")}>
            Reject all
          </Button>
          <Button size="sm" onClick={() => save("all")}>
            Accept all
          </Button>
        </div>
      </div>
    </section>
  )
}
