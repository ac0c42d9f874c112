import { useState } from 'react';
import { Checkbox, Divider, Flex, Form, Input, Modal, Radio, Select, Space, Switch, Typography, message } from 'antd';
import { LinkOutlined } from '@ant-design/icons';
import { shareDocument, type ShareRole } from '@/api/documents';
import { useWorkspaceMembers } from '@/hooks/useWorkspaceMembers';

const { Text } = Typography;

interface ShareDocumentModalProps {
  documentId: string;
  documentTitle: string;
  open: boolean;
  onClose: () => void;
}

interface ShareFormValues {
  invitees: string[];
  role: ShareRole;
  notify: boolean;
  note?: string;
}

export function ShareDocumentModal({ documentId, documentTitle, open, onClose }: ShareDocumentModalProps) {
  const [form] = Form.useForm<ShareFormValues>();
  const { members, loading } = useWorkspaceMembers();
  const [linkSharing, setLinkSharing] = useState(false);
  const [submitting, setSubmitting] = useState(false);

  const handleOk = async () => {
    const values = await form.validateFields();
    setSubmitting(true);
    try {
      await shareDocument(documentId, { ...values, linkSharing });
      message.success(`Shared with ${values.invitees.length} people`);
      form.resetFields();
      onClose();
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      title={`Share “${documentTitle}” with your team`}
      open={open}
      onOk={handleOk}
      onCancel={onClose}
      okText="Share"
      confirmLoading={submitting}
      destroyOnClose
    >
      <Form form={form} layout="vertical" initialValues={{ role: 'editor', notify: true, invitees: [] }}>
        <Form.Item name="invitees" label="People" rules={[{ required: true, message: 'Add at least one person' }]}>
          <Select
            mode="tags"
            loading={loading}
            placeholder="Name or email"
            options={members.map((m) => ({ value: m.email, label: `${m.name} (${m.email})` }))}
          />
        </Form.Item>
        <Form.Item name="role" label="Access">
          <Radio.Group>
            <Radio value="viewer">Can view</Radio>
            <Radio value="commenter">Can comment</Radio>
            <Radio value="editor">Can edit</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="notify" valuePropName="checked" style={{ marginBottom: 8 }}>
          <Checkbox>Notify people by email</Checkbox>
        </Form.Item>
        <Form.Item name="note" noStyle>
          <Input.TextArea rows={2} placeholder="Add a message (optional)" />
        </Form.Item>
      </Form>
      <Divider />
      <Flex justify="space-between" align="center">
        <Space>
          <LinkOutlined />
          <Text>Anyone in Northwind with the link can view</Text>
        </Space>
        <Switch checked={linkSharing} onChange={setLinkSharing} />
      </Flex>
      <Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
        Guests outside Northwind will be asked to sign in before they can open the document.
      </Text>
    </Modal>
  );
}
