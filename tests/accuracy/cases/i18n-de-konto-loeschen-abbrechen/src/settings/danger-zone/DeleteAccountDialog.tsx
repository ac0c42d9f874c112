import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteAccount } from '@/api/account';
import { useCurrentUser } from '@/hooks/useCurrentUser';
import styles from './DeleteAccountDialog.module.css';

type DeleteAccountDialogProps = {
  open: boolean;
  onCancel: () => void;
  onDeleted: () => void;
};

export function DeleteAccountDialog({ open, onCancel, onDeleted }: DeleteAccountDialogProps) {
  const { t } = useTranslation('settings');
  const user = useCurrentUser();
  const inputId = useId();
  const [typedEmail, setTypedEmail] = useState('');
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState(false);

  if (!open) return null;

  const canDelete = typedEmail.trim().toLowerCase() === user.email.toLowerCase();

  async function handleDelete() {
    setDeleting(true);
    setError(false);
    try {
      await deleteAccount();
      onDeleted();
    } catch {
      setError(true);
      setDeleting(false);
    }
  }

  return (
    <div className={styles.backdrop}>
      <div role="alertdialog" aria-modal="true" aria-labelledby="delete-title" className={styles.dialog}>
        <h2 id="delete-title" className={styles.title}>
          {t('deleteDialog.title')}
        </h2>
        <p className={styles.body}>{t('deleteDialog.body')}</p>
        <label htmlFor={inputId} className={styles.label}>
          {t('deleteDialog.confirmLabel')}
        </label>
        <input
          id={inputId}
          type="email"
          className={styles.input}
          value={typedEmail}
          onChange={(e) => setTypedEmail(e.target.value)}
          autoComplete="off"
        />
        {error && (
          <p role="alert" className={styles.error}>
            {t('deleteDialog.error')}
          </p>
        )}
        <div className={styles.actions}>
          <button type="button" className={styles.cancel} onClick={onCancel} disabled={deleting}>
            {t('deleteDialog.cancel')}
          </button>
          <button type="button" className={styles.danger} onClick={handleDelete} disabled={!canDelete || deleting}>
            {deleting ? t('deleteDialog.deleting') : t('deleteDialog.confirm')}
          </button>
        </div>
      </div>
    </div>
  );
}
