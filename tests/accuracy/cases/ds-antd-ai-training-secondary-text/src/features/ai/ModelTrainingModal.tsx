'use client';

import { useState } from 'react';
import { Button, Modal, Space, Typography, App } from 'antd';
import { ExperimentOutlined } from '@ant-design/icons';
import useSWRMutation from 'swr/mutation';
import { postJSON } from '@/lib/fetcher';
import { snoozePrompt } from '@/lib/prompts';

const { Paragraph, Text } = Typography;

interface ModelTrainingModalProps {
  open: boolean;
  onDone: () => void;
}

export function ModelTrainingModal({ open, onDone }: ModelTrainingModalProps) {
  const { message } = App.useApp();
  const [snoozing, setSnoozing] = useState(false);
  const { trigger, isMutating } = useSWRMutation('/api/workspace/ai-settings', postJSON);

  const allow = async () => {
    try {
      await trigger({ trainOnDocuments: true });
      message.success('Thanks! You can change this any time in Workspace settings.');
      onDone();
    } catch {
      message.error('Something went wrong. Please try again.');
    }
  };

  const later = async () => {
    setSnoozing(true);
    await snoozePrompt('model-training', { days: 7 });
    setSnoozing(false);
    onDone();
  };

  return (
    <Modal
      open={open}
      closable={false}
      maskClosable={false}
      title={
        <Space>
          <ExperimentOutlined />
          Help Lumen write better summaries
        </Space>
      }
      footer={[
        <Button key="later" loading={snoozing} onClick={later}>
          Remind me later
        </Button>,
        <Button key="allow" type="primary" loading={isMutating} onClick={allow}>
          Allow
        </Button>,
      ]}
    >
      <Paragraph>
        Lumen can learn from the documents your team uploads, so its summaries get sharper for everyone.
      </Paragraph>
      <Paragraph>
        <Text type="secondary" style={{ fontSize: 12 }}>
          Documents used for training are copied to our model-training environment, kept for up to 24 months and may
          be read by our annotation contractors.
        </Text>
      </Paragraph>
    </Modal>
  );
}
