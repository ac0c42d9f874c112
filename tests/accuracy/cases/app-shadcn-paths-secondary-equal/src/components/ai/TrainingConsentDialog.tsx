'use client';

import { useState } from 'react';
import Link from 'next/link';
import { Loader2 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from '@/components/ui/dialog';
import { updateWorkspaceAiSettings } from '@/lib/api/workspace';
import { useWorkspace } from '@/hooks/use-workspace';

export function TrainingConsentDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const { workspace } = useWorkspace();
  const [submitting, setSubmitting] = useState<'allow' | 'deny' | null>(null);
  const [failed, setFailed] = useState(false);

  async function answer(allowTraining: boolean) {
    setSubmitting(allowTraining ? 'allow' : 'deny');
    setFailed(false);
    try {
      await updateWorkspaceAiSettings(workspace.id, { allowTraining, askedAt: Date.now() });
      onOpenChange(false);
    } catch {
      setFailed(true);
    } finally {
      setSubmitting(null);
    }
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>Help us improve Inkwell AI</DialogTitle>
          <DialogDescription>
            May we use the notes and documents in {workspace.name} to train the models behind summaries and
            autocomplete? Content is de-identified first and never shared with other customers. Your answer applies to
            the whole workspace, and an admin can change it later under Settings → AI.
          </DialogDescription>
        </DialogHeader>

        <Link href="/trust/ai-training" className="text-sm text-primary underline underline-offset-4">
          How we train on workspace content
        </Link>

        {failed && <p className="text-sm text-destructive">Something went wrong. Please try again.</p>}

        <DialogFooter>
          <Button onClick={() => answer(true)} disabled={submitting !== null}>
            {submitting === 'allow' && <Loader2 className="animate-spin" />}
            Allow training
          </Button>
          <Button variant="secondary" onClick={() => answer(false)} disabled={submitting !== null}>
            {submitting === 'deny' && <Loader2 className="animate-spin" />}
            Don&apos;t allow
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
