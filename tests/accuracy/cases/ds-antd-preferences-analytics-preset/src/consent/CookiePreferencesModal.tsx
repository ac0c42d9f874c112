import { Button, Flex, Form, List, Modal, Space, Switch, Tag, Typography } from 'antd';
import { COOKIE_CATEGORIES, initialCategoryValues, type CategoryKey } from './categories';
import { useConsent } from './useConsent';

const { Text } = Typography;

type FormValues = Record<CategoryKey, boolean>;

interface CookiePreferencesModalProps {
  open: boolean;
  onClose: () => void;
}

export function CookiePreferencesModal({ open, onClose }: CookiePreferencesModalProps) {
  const [form] = Form.useForm<FormValues>();
  const { save, saving } = useConsent();

  const finish = async (values: FormValues) => {
    await save({ ...values, necessary: true });
    onClose();
  };

  const setAll = (on: boolean) =>
    finish({ necessary: true, analytics: on, advertising: on, personalisation: on });

  return (
    <Modal
      open={open}
      onCancel={onClose}
      title="Cookie preferences"
      width={600}
      footer={
        <Flex justify="space-between" wrap gap={8}>
          <Button onClick={() => setAll(false)} disabled={saving}>
            Reject all
          </Button>
          <Space>
            <Button onClick={() => form.submit()} loading={saving}>
              Save preferences
            </Button>
            <Button type="primary" onClick={() => setAll(true)} disabled={saving}>
              Accept all
            </Button>
          </Space>
        </Flex>
      }
    >
      <Text>
        Choose which cookies Fernweh Reisen may set. Strictly necessary cookies are always on because the site
        cannot work without them.
      </Text>
      <Form form={form} initialValues={initialCategoryValues()} onFinish={finish} style={{ marginTop: 16 }}>
        <List
          itemLayout="horizontal"
          dataSource={COOKIE_CATEGORIES}
          renderItem={(category) => (
            <List.Item
              extra={
                <Form.Item name={category.key} valuePropName="checked" noStyle>
                  <Switch disabled={category.required} />
                </Form.Item>
              }
            >
              <Flex vertical gap={4}>
                <Space size={8}>
                  <Text strong>{category.title}</Text>
                  {category.required && <Tag color="blue">Always active</Tag>}
                </Space>
                <Text>{category.description}</Text>
                <Text>Used by: {category.vendors.join(', ')}</Text>
              </Flex>
            </List.Item>
          )}
        />
      </Form>
    </Modal>
  );
}
