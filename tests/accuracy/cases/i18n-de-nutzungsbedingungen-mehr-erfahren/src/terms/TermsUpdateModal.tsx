import { useState } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { acceptTermsVersion } from '@/api/legal';
import { useWorkspace } from '@/hooks/useWorkspace';
import { messages } from './messages';
import './TermsUpdateModal.css';

type TermsUpdateModalProps = {
  version: string;
  effectiveDate: string;
  onAccepted: () => void;
};

export function TermsUpdateModal({ version, effectiveDate, onAccepted }: TermsUpdateModalProps) {
  const intl = useIntl();
  const { workspace } = useWorkspace();
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);

  async function handleAccept() {
    setSaving(true);
    setFailed(false);
    try {
      await acceptTermsVersion({ version, workspaceId: workspace.id });
      onAccepted();
    } catch {
      setFailed(true);
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="terms-modal__backdrop">
      <div role="dialog" aria-modal="true" aria-labelledby="terms-modal-title" className="terms-modal">
        <h2 id="terms-modal-title" className="terms-modal__title">
          <FormattedMessage {...messages.title} />
        </h2>
        <p className="terms-modal__body">
          <FormattedMessage
            {...messages.body}
            values={{ date: <FormattedDate value={effectiveDate} day="numeric" month="long" year="numeric" /> }}
          />
        </p>
        {failed && (
          <p role="alert" className="terms-modal__error">
            {intl.formatMessage(messages.error)}
          </p>
        )}
        <div className="terms-modal__footer">
          <a
            href="/rechtliches/nutzungsbedingungen"
            target="_blank"
            rel="noreferrer"
            className="terms-modal__link"
          >
            {intl.formatMessage(messages.learnMore)}
          </a>
          <button type="button" className="terms-modal__accept" onClick={handleAccept} disabled={saving}>
            {saving ? intl.formatMessage(messages.saving) : intl.formatMessage(messages.accept)}
          </button>
        </div>
      </div>
    </div>
  );
}
