'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button, Form, Input, Modal, Result, Typography } from 'antd';
import { subscribeToNewsletter } from '@/lib/newsletter';
import { useSessionFlag } from '@/hooks/useSessionFlag';

const { Title, Paragraph } = Typography;

interface NewsletterFormValues {
  email: string;
}

export function NewsletterModal() {
  const t = useTranslations('NewsletterModal');
  const [form] = Form.useForm<NewsletterFormValues>();
  const [seen, markSeen] = useSessionFlag('newsletter-modal');
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    if (seen) return;
    const timer = window.setTimeout(() => setOpen(true), 8000);
    return () => window.clearTimeout(timer);
  }, [seen]);

  const close = () => {
    markSeen();
    setOpen(false);
  };

  const onFinish = async ({ email }: NewsletterFormValues) => {
    setSubmitting(true);
    try {
      await subscribeToNewsletter({ email, source: 'modal-10-prozent', locale: 'de' });
      setDone(true);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      open={open}
      onCancel={close}
      centered
      width={480}
      footer={
        done
          ? null
          : [
              <Button key="dismiss" type="text" onClick={close}>
                {t('dismiss')}
              </Button>,
              <Button key="submit" type="primary" size="large" loading={submitting} onClick={() => form.submit()}>
                {t('submit')}
              </Button>,
            ]
      }
    >
      {done ? (
        <Result status="success" subTitle={t('success')} />
      ) : (
        <>
          <Title level={3}>{t('title')}</Title>
          <Paragraph>{t('intro')}</Paragraph>
          <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
            <Form.Item
              name="email"
              label={t('emailLabel')}
              rules={[{ required: true, type: 'email', message: t('emailInvalid') }]}
            >
              <Input size="large" placeholder={t('emailPlaceholder')} autoComplete="email" />
            </Form.Item>
          </Form>
          <Paragraph>{t('privacy')}</Paragraph>
        </>
      )}
    </Modal>
  );
}
