import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Label } from '@/components/ui/label';
import { Skeleton } from '@/components/ui/skeleton';
import { Switch } from '@/components/ui/switch';
import { useSaveAssistantPreferences } from '@/api/assistant/preferences';
import { ASSISTANT_PRIVACY_URL } from '@/config/links';
import { useAssistantTranslation } from '../locale';
import styles from './AssistantSetup.module.css';

type AssistantSetupProps = {
  onDone: () => void;
};

export function AssistantSetup({ onDone }: AssistantSetupProps) {
  const { t, ready } = useAssistantTranslation();
  const { mutate: savePreferences, isPending, isError } = useSaveAssistantPreferences();

  const [showTimestamps, setShowTimestamps] = useState(true);
  const [compactMode, setCompactMode] = useState(true);
  const [keepHistory, setKeepHistory] = useState(true);
  const [improveModels, setImproveModels] = useState(true);

  if (!ready) {
    return (
      <div className={styles.panel} aria-busy="true">
        <Skeleton className={styles.skeletonTitle} />
        <Skeleton className={styles.skeletonRow} />
        <Skeleton className={styles.skeletonRow} />
      </div>
    );
  }

  function handleSave() {
    savePreferences(
      { showTimestamps, compactMode, keepHistory, improveModels },
      { onSuccess: onDone },
    );
  }

  return (
    <section className={styles.panel} aria-labelledby="assistant-setup-title">
      <header>
        <h2 id="assistant-setup-title" className={styles.title}>
          {t('setup.title')}
        </h2>
        <p className={styles.subtitle}>{t('setup.subtitle')}</p>
      </header>

      <h3 className={styles.sectionTitle}>{t('setup.sections.display')}</h3>

      <div className={styles.row}>
        <div className={styles.rowText}>
          <Label htmlFor="assistant-show-timestamps" className={styles.label}>
            {t('setup.showTimestamps.label')}
          </Label>
          <p className={styles.description}>{t('setup.showTimestamps.description')}</p>
        </div>
        <Switch id="assistant-show-timestamps" checked={showTimestamps} onCheckedChange={setShowTimestamps} />
      </div>

      <div className={styles.row}>
        <div className={styles.rowText}>
          <Label htmlFor="assistant-compact-mode" className={styles.label}>
            {t('setup.compactMode.label')}
          </Label>
          <p className={styles.description}>{t('setup.compactMode.description')}</p>
        </div>
        <Switch id="assistant-compact-mode" checked={compactMode} onCheckedChange={setCompactMode} />
      </div>

      <h3 className={styles.sectionTitle}>{t('setup.sections.privacy')}</h3>

      <div className={styles.row}>
        <div className={styles.rowText}>
          <Label htmlFor="assistant-keep-history" className={styles.label}>
            {t('setup.keepHistory.label')}
          </Label>
          <p className={styles.description}>{t('setup.keepHistory.description')}</p>
        </div>
        <Switch id="assistant-keep-history" checked={keepHistory} onCheckedChange={setKeepHistory} />
      </div>

      <div className={styles.row}>
        <div className={styles.rowText}>
          <Label htmlFor="assistant-improve-models" className={styles.label}>
            {t('setup.improveModels.label')}
          </Label>
          <p className={styles.description}>
            {t('setup.improveModels.description')}{' '}
            <a href={ASSISTANT_PRIVACY_URL} target="_blank" rel="noreferrer" className={styles.link}>
              {t('common:learnMore')}
            </a>
          </p>
        </div>
        <Switch
          id="assistant-improve-models"
          checked={improveModels}
          onCheckedChange={setImproveModels}
        />
      </div>

      {isError && (
        <p role="alert" className={styles.error}>
          {t('setup.saveError')}
        </p>
      )}

      <footer className={styles.footer}>
        <p className={styles.hint}>{t('setup.footerHint')}</p>
        <Button onClick={handleSave} disabled={isPending}>
          {isPending ? t('common:actions.saving') : t('common:actions.saveAndContinue')}
        </Button>
      </footer>
    </section>
  );
}
