export { Button } from './Button';
export type { ButtonProps, ButtonVariant } from './Button';
export { Spinner } from './Spinner';
export { Modal } from './Modal';
export { Toast, useToast } from './Toast';
