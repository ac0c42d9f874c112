"use client"

import { zodResolver } from "@hookform/resolvers/zod"
import { useTheme } from "next-themes"
import { useForm } from "react-hook-form"
import { toast } from "sonner"
import { z } from "zod"

import { Button } from "@/components/ui/button"
import {
  Form,
  FormControl,
  FormDescription,
  FormField,
  FormItem,
  FormLabel,
} from "@/components/ui/form"
import { Switch } from "@/components/ui/switch"
import { updateWorkspaceSettings } from "@/lib/api/settings"

const appearanceSchema = z.object({
  darkMode: z.boolean(),
  compactSidebar: z.boolean(),
  reduceMotion: z.boolean(),
  mentionEmails: z.boolean(),
})

type AppearanceValues = z.infer<typeof appearanceSchema>

const ROWS: { name: keyof AppearanceValues; label: string; description: string }[] = [
  { name: "darkMode", label: "Dark mode", description: "Use the dark theme on this device." },
  { name: "compactSidebar", label: "Compact sidebar", description: "Show projects as icons only." },
  { name: "reduceMotion", label: "Reduce motion", description: "Turn off board animations." },
  {
    name: "mentionEmails",
    label: "Email me when I'm mentioned",
    description: "Get an email when a teammate @mentions you in a task or comment.",
  },
]

export function AppearanceForm() {
  const { setTheme } = useTheme()
  const form = useForm<AppearanceValues>({
    resolver: zodResolver(appearanceSchema),
    defaultValues: {
      darkMode: true,
      compactSidebar: false,
      reduceMotion: false,
      mentionEmails: true,
    },
  })

  async function onSubmit(values: AppearanceValues) {
    setTheme(values.darkMode ? "dark" : "light")
    try {
      await updateWorkspaceSettings(values)
      toast.success("Appearance updated")
    } catch {
      toast.error("Couldn't save your settings")
    }
  }

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit(onSubmit)} className="space-y-6">
        <div className="space-y-3">
          {ROWS.map((row) => (
            <FormField
              key={row.name}
              control={form.control}
              name={row.name}
              render={({ field }) => (
                <FormItem className="flex flex-row items-center justify-between rounded-lg border p-4">
                  <div className="space-y-0.5">
                    <FormLabel className="text-base">{row.label}</FormLabel>
                    <FormDescription>{row.description}</FormDescription>
                  </div>
                  <FormControl>
                    <Switch checked={field.value} onCheckedChange={field.onChange} />
                  </FormControl>
                </FormItem>
              )}
            />
          ))}
        </div>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          Save changes
        </Button>
      </form>
    </Form>
  )
}
