"use client"

import { useState } from "react"
import Link from "next/link"
import { PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import { Loader2 } from "lucide-react"

import { Button } from "@/components/ui/button"
import { Checkbox } from "@/components/ui/checkbox"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"
import { startTrial } from "@/lib/billing"
import type { Plan } from "@/lib/plans"

export function TrialCheckout({ plan }: { plan: Plan }) {
  const stripe = useStripe()
  const elements = useElements()
  const [cardholder, setCardholder] = useState("")
  const [productEmails, setProductEmails] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [submitting, setSubmitting] = useState(false)

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!stripe || !elements) return
    setSubmitting(true)
    setError(null)
    const result = await startTrial({ stripe, elements, planId: plan.id, cardholder, productEmails })
    if (result.error) setError(result.error)
    setSubmitting(false)
  }

  return (
    <form onSubmit={onSubmit} className="mx-auto grid max-w-md gap-5 rounded-xl border p-6">
      <div>
        <h1 className="text-xl font-semibold">Start your 14-day Cadence {plan.name} trial</h1>
        <p className="mt-1 text-sm text-muted-foreground">No charge today. Cancel any time before the trial ends.</p>
      </div>

      <div className="grid gap-2">
        <Label htmlFor="cardholder">Name on card</Label>
        <Input
          id="cardholder"
          autoComplete="cc-name"
          value={cardholder}
          onChange={(e) => setCardholder(e.target.value)}
          required
        />
      </div>
      <PaymentElement options={{ layout: "tabs" }} />

      <div className="flex items-start gap-3">
        <Checkbox
          id="product-emails"
          checked={productEmails}
          onCheckedChange={(v) => setProductEmails(v === true)}
        />
        <Label htmlFor="product-emails" className="font-normal leading-5">
          Email me product updates and tips
        </Label>
      </div>

      {error && <p className="text-sm text-destructive">{error}</p>}

      <div className="flex flex-col gap-3 border-t pt-4">
        <p className="text-sm text-muted-foreground">
          After the trial, your plan renews automatically at {plan.priceLabel} per month until you
          cancel. By starting the trial you agree to the{" "}
          <Link href="/terms" className="underline underline-offset-4">
            Terms of Service
          </Link>
          .
        </p>
        <Button type="submit" size="sm" className="self-end" disabled={submitting || !stripe}>
          {submitting && <Loader2 className="animate-spin" />}
          Start free trial
        </Button>
      </div>
    </form>
  )
}
