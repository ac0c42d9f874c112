import { useMemo, useState } from 'react';
import { Button, Modal, Switch, Tag, Typography, message } from 'antd';
import { PURPOSES, type PurposeKey } from './purposes';
import { saveViewingConsent } from '@/api/profile';
import { useProfile } from '@/hooks/useProfile';

const { Paragraph, Text } = Typography;

export function ViewingDataDialog({ open, onDone }: { open: boolean; onDone: () => void }) {
  const { profile } = useProfile();
  const initial = useMemo(
    () => Object.fromEntries(PURPOSES.map((p) => [p.key, p.defaultOn])) as Record<PurposeKey, boolean>,
    [],
  );
  const [choices, setChoices] = useState(initial);
  const [saving, setSaving] = useState(false);

  async function save(next: Record<PurposeKey, boolean>) {
    setSaving(true);
    try {
      await saveViewingConsent(profile.id, next);
      onDone();
    } catch {
      message.error('No hemos podido guardar tus preferencias. Inténtalo de nuevo.');
    } finally {
      setSaving(false);
    }
  }

  const optionalOff = Object.fromEntries(PURPOSES.map((p) => [p.key, Boolean(p.required)])) as Record<PurposeKey, boolean>;
  const everything = Object.fromEntries(PURPOSES.map((p) => [p.key, true])) as Record<PurposeKey, boolean>;

  return (
    <Modal
      open={open}
      title="Tus datos de visionado"
      closable={false}
      maskClosable={false}
      width={560}
      footer={[
        <Button key="reject" type="primary" loading={saving} onClick={() => save(optionalOff)}>
          Rechazar opcionales
        </Button>,
        <Button key="save" loading={saving} onClick={() => save(choices)}>
          Guardar selección
        </Button>,
        <Button key="accept" type="primary" loading={saving} onClick={() => save(everything)}>
          Aceptar todo
        </Button>,
      ]}
    >
      <Paragraph>
        Hola, {profile.displayName}. Antes de empezar, elige cómo puede usar Pantalla+ lo que ves en este perfil.
      </Paragraph>
      <ul className="purpose-list">
        {PURPOSES.map((purpose) => (
          <li key={purpose.key} className="purpose-row">
            <div className="purpose-row__text">
              <label htmlFor={`purpose-${purpose.key}`}>
                <Text strong>{purpose.title}</Text>
              </label>
              {purpose.required && <Tag color="default">Siempre activo</Tag>}
              <Paragraph style={{ marginBottom: 0 }}>
                {purpose.description}
              </Paragraph>
            </div>
            <Switch
              id={`purpose-${purpose.key}`}
              defaultChecked={purpose.defaultOn}
              disabled={purpose.required}
              onChange={(value) => setChoices((prev) => ({ ...prev, [purpose.key]: value }))}
            />
          </li>
        ))}
      </ul>
    </Modal>
  );
}
