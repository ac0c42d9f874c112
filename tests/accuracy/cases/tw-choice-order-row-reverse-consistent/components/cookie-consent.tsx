"use client"

import { useEffect, useState } from "react"

import { Button } from "@/components/ui/button"
import { getStoredConsent, storeConsent } from "@/lib/consent"

export function CookieConsent() {
  const [open, setOpen] = useState(false)

  useEffect(() => {
    setOpen(getStoredConsent() === null)
  }, [])

  if (!open) return null

  const choose = (analytics: boolean) => {
    storeConsent({ analytics, ads: analytics })
    setOpen(false)
  }

  return (
    <div
      role="dialog"
      aria-label="Cookie consent"
      className="fixed bottom-0 left-0 right-0 z-50 border-t bg-background p-4 shadow-[0_-4px_12px_rgba(0,0,0,0.06)]"
    >
      <div className="mx-auto flex max-w-4xl flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-sm">
          Larder uses cookies for analytics and to measure our ads. Choose whether we may set them.
        </p>
        <div className="flex gap-2">
          <Button onClick={() => choose(true)}>Accept all</Button>
          <Button onClick={() => choose(false)}>Reject all</Button>
        </div>
      </div>
    </div>
  )
}
