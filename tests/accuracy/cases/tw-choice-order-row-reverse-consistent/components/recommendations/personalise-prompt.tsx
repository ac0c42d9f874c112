"use client"

import useSWRMutation from "swr/mutation"

import { Button } from "@/components/ui/button"
import { putPreference } from "@/lib/api/preferences"

export function PersonalisePrompt({ onClose }: { onClose: () => void }) {
  const { trigger, isMutating } = useSWRMutation("/api/preferences/personalisation", putPreference)

  const choose = async (enabled: boolean) => {
    await trigger({ enabled })
    onClose()
  }

  return (
    <div role="dialog" aria-labelledby="personalise-title" className="rounded-xl border bg-card p-6">
      <h2 id="personalise-title" className="text-lg font-semibold">
        Personalise your home page?
      </h2>
      <p className="mt-2 text-sm text-muted-foreground">
        We can use your order history to personalise the recipes and products you see first.
      </p>
      <div className="mt-5 flex gap-2">
        <Button disabled={isMutating} onClick={() => choose(true)}>
          Yes, personalise
        </Button>
        <Button disabled={isMutating} onClick={() => choose(false)}>
          No, keep it general
        </Button>
      </div>
    </div>
  )
}
