"use client"

import { useEffect, useState } from "react"
import { useRouter } from "next/navigation"
import { Loader2 } from "lucide-react"

import { Button } from "@/components/ui/button"
import { InputOTP, InputOTPGroup, InputOTPSlot } from "@/components/ui/input-otp"
import { resendLoginCode, verifyLoginCode } from "@/lib/auth/otp"

const CODE_TTL_SECONDS = 300
const RESEND_COOLDOWN_SECONDS = 30

function pad(n: number) {
  return n.toString().padStart(2, "0")
}

export function VerifyCodeForm({ maskedPhone }: { maskedPhone: string }) {
  const router = useRouter()
  const [code, setCode] = useState("")
  const [secondsLeft, setSecondsLeft] = useState(CODE_TTL_SECONDS)
  const [cooldown, setCooldown] = useState(RESEND_COOLDOWN_SECONDS)
  const [verifying, setVerifying] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const id = setInterval(() => {
      setSecondsLeft((s) => Math.max(0, s - 1))
      setCooldown((s) => Math.max(0, s - 1))
    }, 1000)
    return () => clearInterval(id)
  }, [])

  const minutes = pad(Math.floor(secondsLeft / 60))
  const seconds = pad(secondsLeft % 60)

  async function onVerify() {
    setVerifying(true)
    setError(null)
    const result = await verifyLoginCode(code)
    setVerifying(false)
    if (result.ok) router.replace("/accounts")
    else setError("That code didn't match. Check the SMS and try again.")
  }

  async function onResend() {
    await resendLoginCode()
    setSecondsLeft(CODE_TTL_SECONDS)
    setCooldown(RESEND_COOLDOWN_SECONDS)
  }

  return (
    <div className="mx-auto flex w-full max-w-sm flex-col gap-6">
      <div className="space-y-1 text-center">
        <h1 className="text-xl font-semibold">Enter your security code</h1>
        <p className="text-sm text-muted-foreground">We sent a 6-digit one-time code to {maskedPhone}.</p>
      </div>

      <div className="flex flex-col items-center gap-2">
        <InputOTP maxLength={6} value={code} onChange={setCode}>
          <InputOTPGroup>
            {Array.from({ length: 6 }, (_, i) => (
              <InputOTPSlot key={i} index={i} />
            ))}
          </InputOTPGroup>
        </InputOTP>
        <p className="text-sm text-muted-foreground" aria-live="polite">
          {secondsLeft > 0 ? (
            <>
              Code expires in {minutes}:{seconds}
            </>
          ) : (
            "This code has expired. Request a new one."
          )}
        </p>
      </div>

      {error && <p className="text-center text-sm text-destructive">{error}</p>}

      <Button onClick={onVerify} disabled={code.length < 6 || secondsLeft === 0 || verifying}>
        {verifying && <Loader2 className="animate-spin" />}
        Verify and continue
      </Button>
      <Button variant="link" onClick={onResend} disabled={cooldown > 0}>
        {cooldown > 0 ? `Resend code in ${cooldown}s` : "Resend code"}
      </Button>
    </div>
  )
}
