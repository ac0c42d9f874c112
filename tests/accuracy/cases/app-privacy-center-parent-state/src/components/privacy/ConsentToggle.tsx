import clsx from 'clsx';
import styles from './ConsentToggle.module.scss';

export interface ConsentToggleProps {
  id: string;
  title: string;
  description: string;
  checked: boolean;
  onChange?: (next: boolean) => void;
  disabled?: boolean;
  badge?: string;
}

export function ConsentToggle({ id, title, description, checked, onChange, disabled = false, badge }: ConsentToggleProps) {
  const descriptionId = `${id}-description`;

  return (
    <div className={clsx(styles.row, disabled && styles.locked)}>
      <div className={styles.text}>
        <label htmlFor={id} className={styles.title}>
          {title}
          {badge && <span className={styles.badge}>{badge}</span>}
        </label>
        <p id={descriptionId} className={styles.description}>
          {description}
        </p>
      </div>
      <input
        id={id}
        type="checkbox"
        role="switch"
        className={styles.switch}
        checked={checked}
        disabled={disabled}
        aria-describedby={descriptionId}
        onChange={(event) => onChange?.(event.target.checked)}
      />
    </div>
  );
}
