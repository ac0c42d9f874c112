"use client"

import { useState } from "react"

import { Button } from "@/components/ui/button"
import { updateMarketingConsent } from "@/lib/api/account"

type OffersOptInProps = {
  email: string
  onDone: () => void
}

export function OffersOptIn({ email, onDone }: OffersOptInProps) {
  const [saving, setSaving] = useState(false)

  const answer = async (optIn: boolean) => {
    setSaving(true)
    await updateMarketingConsent({ channel: "email", optIn }).catch(() => undefined)
    setSaving(false)
    onDone()
  }

  return (
    <section className="rounded-lg border p-6">
      <h3 className="text-base font-semibold">Weekly deals from Larder</h3>
      <p className="mt-1 text-sm text-muted-foreground">
        Want our weekly marketing email with discounts on the groceries you buy most? We&apos;ll
        send it to {email}.
      </p>
      {/* DOM order keeps the safe choice first for keyboard users; visually the primary sits left */}
      <div className="mt-4 flex flex-row-reverse justify-end gap-2">
        <Button disabled={saving} onClick={() => answer(false)}>
          No thanks
        </Button>
        <Button disabled={saving} onClick={() => answer(true)}>
          Yes, email me deals
        </Button>
      </div>
    </section>
  )
}
