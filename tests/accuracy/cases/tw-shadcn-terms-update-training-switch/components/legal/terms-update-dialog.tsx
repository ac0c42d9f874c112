"use client"

import { useState } from "react"
import Link from "next/link"
import { Loader2 } from "lucide-react"
import { toast } from "sonner"

import { Button } from "@/components/ui/button"
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog"
import { Switch } from "@/components/ui/switch"
import { acceptConsumerTerms } from "@/lib/api/legal"
import { track } from "@/lib/analytics"
import { usePendingTermsVersion } from "@/hooks/use-pending-terms-version"

export function TermsUpdateDialog() {
  const { pendingVersion, effectiveDate, markAccepted } = usePendingTermsVersion()
  const [allowTraining, setAllowTraining] = useState(true)
  const [isSubmitting, setIsSubmitting] = useState(false)

  if (!pendingVersion) return null

  async function handleAccept() {
    setIsSubmitting(true)
    try {
      await acceptConsumerTerms({
        version: pendingVersion,
        modelTraining: allowTraining,
      })
      track("terms_update_accepted", {
        version: pendingVersion,
        model_training: allowTraining,
      })
      markAccepted()
    } catch {
      toast.error("We couldn't save your choice. Please try again.")
    } finally {
      setIsSubmitting(false)
    }
  }

  return (
    <Dialog open>
      <DialogContent
        showCloseButton={false}
        onEscapeKeyDown={(e) => e.preventDefault()}
        onInteractOutside={(e) => e.preventDefault()}
        className="sm:max-w-md"
      >
        <DialogHeader>
          <DialogTitle>Updates to our Consumer Terms and Privacy Policy</DialogTitle>
          <DialogDescription>
            We&apos;ve updated our{" "}
            <Link href="/legal/consumer-terms" className="underline underline-offset-4">
              Consumer Terms
            </Link>{" "}
            and{" "}
            <Link href="/legal/privacy" className="underline underline-offset-4">
              Privacy Policy
            </Link>
            , effective {effectiveDate}. By selecting Accept, you agree to the updated Consumer
            Terms.
          </DialogDescription>
        </DialogHeader>

        <div className="flex flex-col gap-4 pt-2">
          <Button onClick={handleAccept} disabled={isSubmitting} className="w-full">
            {isSubmitting ? <Loader2 className="animate-spin" /> : "Accept"}
          </Button>

          <div className="flex items-center justify-between gap-6">
            <label htmlFor="model-training" className="text-xs text-muted-foreground">
              Use my chats to improve our models
            </label>
            <Switch
              id="model-training"
              checked={allowTraining}
              onCheckedChange={setAllowTraining}
              disabled={isSubmitting}
            />
          </div>
        </div>
      </DialogContent>
    </Dialog>
  )
}
