/**
 * Ant Design's default theme as data (src/libraries/antd.ts): the footer a Modal draws from okText/cancelText, a
 * footer given as elements standing after the body, Button types and sizes, Typography's secondary text, Space
 * and Flex layout, and a ConfigProvider theme, through the checker and ESLint alike.
 */
import { describe, expect, it } from 'vitest';
import { bothDoors } from '../helpers/both-doors.js';
import { tempProjects } from '../helpers/temp-project.js';

const project = tempProjects('antd');
const PACKAGE = JSON.stringify({ name: 'travel', private: true, dependencies: { antd: '^5.22.0', react: '^18.3.0' } });

async function findings(files: Record<string, string>, file: string): Promise<string[]> {
  const dir = project({ 'package.json': PACKAGE, ...files });
  const { checker, eslint } = await bothDoors(dir, file);
  expect(eslint).toEqual(checker);
  return checker;
}

describe('antd Modal', () => {
  it("draws its own footer from okText and cancelText, after the body: a faint secondary Text is found, nothing is buried", async () => {
    const found = await findings(
      {
        'src/consent/CookieModal.tsx': `import { Modal, Typography } from 'antd';
import { useConsentStore } from './store';

const { Paragraph, Text } = Typography;

export function CookieModal() {
  const { visible, acceptAll, rejectAll } = useConsentStore();
  return (
    <Modal open={visible} title="Cookie preferences" okText="Accept all" cancelText="Reject all" onOk={acceptAll} onCancel={rejectAll} closable={false}>
      <Paragraph>We use cookies to understand how you use Wayfarer.</Paragraph>
      <Text type="secondary">We share your browsing data with 12 advertising partners.</Text>
    </Modal>
  );
}
`,
      },
      'src/consent/CookieModal.tsx',
    );
    expect(found).toEqual(['11:7 no-fine-print lowContrast']);
  });

  it('places a footer of elements after the body, and finds a link-type decline beside a primary accept', async () => {
    const found = await findings(
      {
        'src/consent/CookieModal.tsx': `import { Button, Checkbox, Modal } from 'antd';
import { useState } from 'react';

export function CookieModal({ open, onSave }: { open: boolean; onSave: (analytics: boolean) => void }) {
  const [analytics, setAnalytics] = useState(false);
  return (
    <Modal
      open={open}
      title="Cookies"
      closable={false}
      footer={[
        <Button key="reject" type="link" onClick={() => onSave(false)}>Reject all</Button>,
        <Button key="accept" type="primary" onClick={() => onSave(true)}>Accept all</Button>,
      ]}
    >
      <p>We use cookies for analytics and personalised advertising.</p>
      <Checkbox checked={analytics} onChange={(e) => setAnalytics(e.target.checked)}>Analytics cookies</Checkbox>
    </Modal>
  );
}
`,
      },
      'src/consent/CookieModal.tsx',
    );
    expect(found).toEqual(['12:9 no-unbalanced-choices weakerDecline']);
  });

  it('reads a footer behind a condition (`footer={done ? null : [...]}`) as the footer it renders until done', async () => {
    const modal = (footer: string) => `import { Button, Form, Input, Modal, Result, Typography } from 'antd';
import { useState } from 'react';
import { subscribe } from '@/lib/newsletter';

export function NewsletterModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [done, setDone] = useState(false);
  const [form] = Form.useForm<{ email: string }>();
  return (
    <Modal
      open={open}
      onCancel={onClose}
      footer={${footer}}
    >
      {done ? (
        <Result status="success" subTitle="Check your inbox to confirm." />
      ) : (
        <>
          <Typography.Title level={3}>10% off your next order</Typography.Title>
          <Typography.Paragraph>Join our newsletter: new arrivals and offers, at most once a week.</Typography.Paragraph>
          <Form form={form} onFinish={({ email }) => subscribe(email).then(() => setDone(true))}>
            <Form.Item name="email" rules={[{ required: true, type: 'email' }]}>
              <Input placeholder="you@example.com" />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
`;
    const conditional = modal(`done
        ? null
        : [
            <Button key="dismiss" type="text" onClick={onClose}>No thanks, I prefer paying full price</Button>,
            <Button key="submit" type="primary" size="large" onClick={() => form.submit()}>Get 10% off</Button>,
          ]`);
    expect((await findings({ 'src/NewsletterModal.tsx': conditional }, 'src/NewsletterModal.tsx')).filter((f) => f.includes('confirmshaming'))).toEqual(['15:13 no-confirmshaming shamingDecline']);
    // Near-miss: the same footer with a plain refusal.
    const plain = conditional.replace('No thanks, I prefer paying full price', 'No thanks');
    expect((await findings({ 'src/NewsletterModal.tsx': plain }, 'src/NewsletterModal.tsx')).filter((f) => f.includes('confirmshaming'))).toEqual([]);
  });

  it("weighs a sign-up's decline against the sign-up where the buttons are the whole choice", async () => {
    const modal = (dismiss: string) => `import { Button, Form, Input, Modal } from 'antd';
import { useTranslations } from 'next-intl';
import { subscribe } from '@/lib/newsletter';

export function NewsletterModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ email: string }>();
  return (
    <Modal
      open={open}
      onCancel={onClose}
      footer={[
        ${dismiss},
        <Button key="submit" type="primary" size="large" onClick={() => form.submit()}>Subscribe</Button>,
      ]}
    >
      <h3>10% off your next order</h3>
      <p>Join our newsletter for new arrivals and offers, at most once a week.</p>
      <Form form={form} onFinish={({ email }) => subscribe(email).then(onClose)}>
        <Form.Item name="email" rules={[{ required: true, type: 'email' }]}>
          <Input placeholder="you@example.com" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
`;
    // A text button at the default 14px against a filled, large (16px) "Subscribe".
    const weak = modal('<Button key="dismiss" type="text" onClick={onClose}>No thanks</Button>');
    expect(await findings({ 'src/NewsletterModal.tsx': weak }, 'src/NewsletterModal.tsx')).toEqual(['12:9 no-unbalanced-choices weakerDecline']);
    // Near-miss: a large default button beside the large primary one is an equal choice.
    const equal = modal('<Button key="dismiss" size="large" onClick={onClose}>No thanks</Button>');
    expect(await findings({ 'src/NewsletterModal.tsx': equal }, 'src/NewsletterModal.tsx')).toEqual([]);
  });

  it('leaves a form whose box carries the consent: its submit is no accept for a "No thanks" to be weighed against', async () => {
    const found = await findings(
      {
        'src/auth/SignupForm.tsx': `import { Button, Checkbox, Form, Input } from 'antd';
import { createAccount } from '@/lib/auth';

export function SignupForm({ onSkip }: { onSkip: () => void }) {
  return (
    <Form layout="vertical" onFinish={createAccount} initialValues={{ offers: false }}>
      <Form.Item name="email" label="Email" rules={[{ required: true, type: 'email' }]}>
        <Input size="large" />
      </Form.Item>
      <Form.Item name="offers" valuePropName="checked">
        <Checkbox>Email me offers and new arrivals</Checkbox>
      </Form.Item>
      <Button type="primary" size="large" htmlType="submit" block>Create account</Button>
      <Button type="text" onClick={onSkip}>No thanks, continue as guest</Button>
    </Form>
  );
}
`,
      },
      'src/auth/SignupForm.tsx',
    );
    expect(found.filter((f) => f.includes('unbalanced'))).toEqual([]);
  });

  it('draws no footer with footer={null}, and equal default and primary buttons are balanced', async () => {
    const found = await findings(
      {
        'src/consent/Notice.tsx': `import { Button, Modal, Space } from 'antd';

export function Notice({ open, onAccept, onReject }: { open: boolean; onAccept: () => void; onReject: () => void }) {
  return (
    <Modal open={open} footer={null} title="Your privacy">
      <p>We use cookies for analytics and personalised advertising.</p>
      <Space>
        <Button onClick={onReject}>Reject all</Button>
        <Button type="primary" onClick={onAccept}>Accept all</Button>
      </Space>
    </Modal>
  );
}
`,
      },
      'src/consent/Notice.tsx',
    );
    expect(found).toEqual([]);
  });
});

describe('antd Form and List', () => {
  const PURPOSES = `export const DATA_PURPOSES = [
  { id: 'service', name: 'Running your account', detail: 'Bookings, invoices and support.', locked: true, on: true },
  { id: 'insights', name: 'Usage analytics', detail: 'Send anonymous usage statistics so we can improve the planner.', locked: false, on: INSIGHTS },
  { id: 'partners', name: 'Partner offers', detail: 'Travel partners may email you offers based on your trips.', locked: false, on: false },
] as const;

export function defaultPurposeValues() {
  return Object.fromEntries(DATA_PURPOSES.map((purpose) => [purpose.id, purpose.on]));
}
`;

  const privacySettings = `import { Card, Form, List, Switch, Tag, Typography, Button } from 'antd';
import { useSavePrivacySettings } from '@/api/privacy';
import { DATA_PURPOSES, defaultPurposeValues } from './purposes';

export default function PrivacySettingsCard() {
  const save = useSavePrivacySettings();
  return (
    <Card title="How Tripwise uses your data">
      <Form initialValues={defaultPurposeValues()} onFinish={save.mutate}>
        <List
          itemLayout="horizontal"
          dataSource={DATA_PURPOSES}
          renderItem={(purpose) => (
            <List.Item
              actions={[
                <Form.Item key="toggle" name={purpose.id} valuePropName="checked" noStyle>
                  <Switch disabled={purpose.locked} />
                </Form.Item>,
              ]}
            >
              <List.Item.Meta
                title={<>{purpose.name} {purpose.locked ? <Tag>Required</Tag> : null}</>}
                description={<Typography.Text type="secondary">{purpose.detail}</Typography.Text>}
              />
            </List.Item>
          )}
        />
        <Button type="primary" htmlType="submit">Save settings</Button>
      </Form>
    </Card>
  );
}
`;

  it("reads a List's items, each Form.Item's switch at the form's initialValues, from a function over a constant list", async () => {
    const files = (insights: string) => ({ 'src/settings/purposes.ts': PURPOSES.replace('INSIGHTS', insights), 'src/settings/PrivacySettingsCard.tsx': privacySettings });
    // The insights switch starts on; the account one is on but locked, and only its row says "Required".
    expect(await findings(files('true'), 'src/settings/PrivacySettingsCard.tsx')).toEqual(['17:19 no-preselected-consent preselected']);
    // Near-miss: every optional purpose starts off.
    expect(await findings(files('false'), 'src/settings/PrivacySettingsCard.tsx')).toEqual([]);
  });

  const signup = (form: string, item = '') => `import { Button, Checkbox, Form, Input } from 'antd';
import { register } from '@/api/auth';

export function SignupForm() {
  return (
    <Form layout="vertical" ${form} onFinish={register}>
      <Form.Item name="email" label="Email" rules={[{ required: true, type: 'email' }]}>
        <Input />
      </Form.Item>
      <Form.Item name={['consent', 'offers']} valuePropName="checked" ${item}>
        <Checkbox>Email me offers and new arrivals</Checkbox>
      </Form.Item>
      <Button type="primary" htmlType="submit">Create account</Button>
    </Form>
  );
}
`;

  it("ticks a Form.Item's checkbox where the form's initialValues (a path), or the item's own initialValue, say so", async () => {
    const found = (form: string, item?: string) => findings({ 'src/auth/SignupForm.tsx': signup(form, item) }, 'src/auth/SignupForm.tsx');
    expect(await found("initialValues={{ consent: { offers: true } }}")).toEqual(['11:9 no-preselected-consent preselected']);
    expect(await found('', 'initialValue={true}')).toEqual(['11:9 no-preselected-consent preselected']);
    // The form's initialValues win over the item's.
    expect(await found("initialValues={{ consent: { offers: false } }}", 'initialValue={true}')).toEqual([]);
    // Near-misses: a field the initial values leave out starts empty, and so does a form with none.
    expect(await found("initialValues={{ email: '' }}")).toEqual([]);
    expect(await found('')).toEqual([]);
  });
});

describe('antd layout and theme', () => {
  it('stacks a vertical Space (the offers box below the button is buried) but not a horizontal one', async () => {
    const form = (direction: string) => `import { Button, Checkbox, Form, Input, Space } from 'antd';

export function SignUp({ onFinish }: { onFinish: (values: unknown) => void }) {
  return (
    <Form onFinish={onFinish} layout="vertical">
      <Form.Item name="email" label="Email"><Input /></Form.Item>
      <Space ${direction}>
        <Button type="primary" htmlType="submit">Continue</Button>
        <Checkbox name="offers">Email me special offers and product news</Checkbox>
      </Space>
    </Form>
  );
}
`;
    expect((await findings({ 'src/SignUp.tsx': form('direction="vertical"') }, 'src/SignUp.tsx')).filter((f) => f.includes('buried'))).toEqual(['9:9 no-buried-consent buriedControl']);
    expect((await findings({ 'src/SignUp.tsx': form('') }, 'src/SignUp.tsx')).filter((f) => f.includes('buried'))).toEqual([]);
  });

  it("reads a ConfigProvider's token fontSize: 12px text is fine print beside 16px buttons, not beside the default 14px", async () => {
    const banner = `import { Button, Flex, Typography } from 'antd';

export function RenewalBanner({ onSubscribe }: { onSubscribe: () => void }) {
  return (
    <Flex vertical gap={12} role="dialog" aria-label="Subscribe">
      <Typography.Title level={4}>Start your free trial</Typography.Title>
      <Typography.Text style={{ fontSize: 12 }}>Your subscription renews automatically at 9.99 per month until you cancel.</Typography.Text>
      <Button type="primary" onClick={onSubscribe}>Start free trial</Button>
    </Flex>
  );
}
`;
    const app = (fontSize: number) => `import { ConfigProvider } from 'antd';
import { RenewalBanner } from './RenewalBanner';

export default function App() {
  return (
    <ConfigProvider theme={{ token: { colorPrimary: '#00b96b', fontSize: ${fontSize} } }}>
      <RenewalBanner onSubscribe={() => {}} />
    </ConfigProvider>
  );
}
`;
    expect((await findings({ 'src/App.tsx': app(16), 'src/RenewalBanner.tsx': banner }, 'src/RenewalBanner.tsx')).filter((f) => f.includes('fine-print'))).toEqual(['7:7 no-fine-print smallerThanChoice']);
    expect((await findings({ 'src/App.tsx': app(14), 'src/RenewalBanner.tsx': banner }, 'src/RenewalBanner.tsx')).filter((f) => f.includes('fine-print'))).toEqual([]);
  });
});
