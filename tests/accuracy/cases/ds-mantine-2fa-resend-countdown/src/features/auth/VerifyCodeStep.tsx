import { useEffect, useState } from 'react';
import { Anchor, Button, Checkbox, Group, PinInput, Stack, Text, Title } from '@mantine/core';
import { useInterval } from '@mantine/hooks';
import { resendCode, verifyCode } from '@/api/mfa';

const RESEND_AFTER_SECONDS = 45;

interface VerifyCodeStepProps {
  challengeId: string;
  maskedPhone: string;
  onVerified: (session: { token: string }) => void;
}

export function VerifyCodeStep({ challengeId, maskedPhone, onVerified }: VerifyCodeStepProps) {
  const [code, setCode] = useState('');
  const [trustDevice, setTrustDevice] = useState(true);
  const [secondsLeft, setSecondsLeft] = useState(RESEND_AFTER_SECONDS);
  const [error, setError] = useState(false);
  const [verifying, setVerifying] = useState(false);
  const interval = useInterval(() => setSecondsLeft((s) => Math.max(0, s - 1)), 1000);

  useEffect(() => {
    interval.start();
    return interval.stop;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const minutes = Math.floor(secondsLeft / 60);
  const seconds = String(secondsLeft % 60).padStart(2, '0');

  const submit = async () => {
    setVerifying(true);
    setError(false);
    try {
      onVerified(await verifyCode({ challengeId, code, trustDevice }));
    } catch {
      setError(true);
      setCode('');
    } finally {
      setVerifying(false);
    }
  };

  const resend = async () => {
    await resendCode(challengeId);
    setSecondsLeft(RESEND_AFTER_SECONDS);
  };

  return (
    <Stack gap="md" align="center" maw={360} mx="auto">
      <Title order={2}>Check your phone</Title>
      <Text ta="center">
        We sent a 6-digit code to {maskedPhone}. It expires after 10 minutes.
      </Text>
      <PinInput length={6} type="number" oneTimeCode value={code} onChange={setCode} error={error} autoFocus />
      {error && (
        <Text c="red" size="sm">
          That code didn&apos;t work. Try again.
        </Text>
      )}
      <Checkbox
        label="Trust this device for 30 days"
        checked={trustDevice}
        onChange={(e) => setTrustDevice(e.currentTarget.checked)}
      />
      <Button fullWidth loading={verifying} disabled={code.length < 6} onClick={submit}>
        Verify
      </Button>
      <Group gap={4}>
        {secondsLeft > 0 ? (
          <Text size="xs" c="dimmed">
            Didn&apos;t get it? Resend code in {minutes}:{seconds}
          </Text>
        ) : (
          <Anchor component="button" size="xs" onClick={resend}>
            Resend code
          </Anchor>
        )}
      </Group>
    </Stack>
  );
}
