"use client"

import * as React from "react"

import { Button } from "@/components/ui/button"
import { Card, CardContent, CardFooter, CardHeader, CardTitle } from "@/components/ui/card"
import { useCookieConsent } from "@/hooks/use-cookie-consent"
import { CookiePreferencesSheet } from "./cookie-preferences-sheet"

export function CookieCard() {
  const { needsDecision, acceptAll, rejectAll, save } = useCookieConsent()
  const [customizing, setCustomizing] = React.useState(false)

  if (!needsDecision) return null

  return (
    <>
      <Card
        role="dialog"
        aria-labelledby="cookie-card-title"
        className="fixed bottom-4 left-4 z-50 w-[calc(100%-2rem)] max-w-sm shadow-lg"
      >
        <CardHeader className="pb-2">
          <CardTitle id="cookie-card-title" className="text-base">
            We value your privacy
          </CardTitle>
        </CardHeader>
        <CardContent className="text-sm text-muted-foreground">
          Atlas Travel uses cookies to measure how our site is used and to show you relevant travel
          ads on other websites. You can accept or reject them, or choose by category.
        </CardContent>
        <CardFooter className="flex flex-col gap-2">
          <div className="grid w-full grid-cols-2 gap-2">
            <Button variant="outline" onClick={rejectAll}>
              Reject all
            </Button>
            <Button variant="outline" onClick={acceptAll}>
              Accept all
            </Button>
          </div>
          <Button variant="link" size="sm" onClick={() => setCustomizing(true)}>
            Customize
          </Button>
        </CardFooter>
      </Card>
      <CookiePreferencesSheet open={customizing} onOpenChange={setCustomizing} onSave={save} />
    </>
  )
}
