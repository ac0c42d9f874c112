"use client"

import * as React from "react"

import { Button } from "@/components/ui/button"
import { Checkbox } from "@/components/ui/checkbox"
import { Label } from "@/components/ui/label"
import {
  Sheet,
  SheetContent,
  SheetDescription,
  SheetFooter,
  SheetHeader,
  SheetTitle,
} from "@/components/ui/sheet"

type Categories = { analytics: boolean; advertising: boolean }

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  onSave: (categories: Categories) => void
}

const CATEGORIES: { id: keyof Categories; label: string; hint: string }[] = [
  {
    id: "analytics",
    label: "Analytics cookies",
    hint: "Count visits and see which destinations people search for.",
  },
  {
    id: "advertising",
    label: "Advertising cookies",
    hint: "Show you Atlas Travel ads on other sites, based on pages you viewed here.",
  },
]

export function CookiePreferencesSheet({ open, onOpenChange, onSave }: Props) {
  const [selected, setSelected] = React.useState<Categories>({ analytics: false, advertising: false })

  return (
    <Sheet open={open} onOpenChange={onOpenChange}>
      <SheetContent side="bottom" className="mx-auto max-w-lg rounded-t-xl">
        <SheetHeader>
          <SheetTitle>Cookie preferences</SheetTitle>
          <SheetDescription>Strictly necessary cookies keep you signed in and can&apos;t be turned off.</SheetDescription>
        </SheetHeader>
        <div className="grid gap-4 py-4">
          <div className="flex items-start gap-3">
            <Checkbox id="necessary" checked disabled />
            <Label htmlFor="necessary" className="leading-5">
              Strictly necessary cookies (always active)
            </Label>
          </div>
          {CATEGORIES.map((category) => (
            <div key={category.id} className="flex items-start gap-3">
              <Checkbox
                id={category.id}
                checked={selected[category.id]}
                onCheckedChange={(value) =>
                  setSelected((prev) => ({ ...prev, [category.id]: value === true }))
                }
              />
              <div className="grid gap-1">
                <Label htmlFor={category.id}>{category.label}</Label>
                <p className="text-sm text-muted-foreground">{category.hint}</p>
              </div>
            </div>
          ))}
        </div>
        <SheetFooter>
          <Button
            onClick={() => {
              onSave(selected)
              onOpenChange(false)
            }}
          >
            Save preferences
          </Button>
        </SheetFooter>
      </SheetContent>
    </Sheet>
  )
}
