import { useMemo, useState } from 'react';
import { Button, Card, Checkbox, Divider, Flex, Radio, Space, Typography, message } from 'antd';
import { submitOrder } from '@/api/orders';
import { useBasket } from '@/hooks/useBasket';
import { ADDONS, SHIPPING_OPTIONS, type AddonId, type ShippingValue } from './addons';

const { Title, Text } = Typography;

const money = (price: number) => `$${price.toFixed(2)}`;

export function ExtrasAndPayment() {
  const { basket, storeCredit } = useBasket();
  const [shipping, setShipping] = useState<ShippingValue>('standard');
  const [selected, setSelected] = useState<Record<AddonId, boolean>>(
    () => Object.fromEntries(ADDONS.map((a) => [a.id, false])) as Record<AddonId, boolean>,
  );
  const [useCredit, setUseCredit] = useState(storeCredit > 0);
  const [saveCard, setSaveCard] = useState(true);
  const [placing, setPlacing] = useState(false);

  const total = useMemo(() => {
    const extras = ADDONS.filter((a) => selected[a.id]).reduce((sum, a) => sum + a.price, 0);
    const ship = SHIPPING_OPTIONS.find((o) => o.value === shipping)?.price ?? 0;
    return Math.max(0, basket.subtotal + extras + ship - (useCredit ? storeCredit : 0));
  }, [basket.subtotal, selected, shipping, useCredit, storeCredit]);

  const placeOrder = async () => {
    setPlacing(true);
    try {
      await submitOrder({ shipping, addons: selected, useCredit, saveCard });
    } catch {
      message.error('We could not place your order. Your card was not charged.');
      setPlacing(false);
    }
  };

  return (
    <Card>
      <Title level={4}>Delivery</Title>
      <Radio.Group value={shipping} onChange={(e) => setShipping(e.target.value)}>
        <Space direction="vertical">
          {SHIPPING_OPTIONS.map((o) => (
            <Radio key={o.value} value={o.value}>
              {o.label} — {o.price === 0 ? 'Free' : money(o.price)}
            </Radio>
          ))}
        </Space>
      </Radio.Group>

      <Divider />

      <Title level={4}>Extras</Title>
      <Space direction="vertical" size="middle">
        {ADDONS.map((addon) => (
          <Checkbox
            key={addon.id}
            checked={selected[addon.id]}
            onChange={(e) => setSelected((s) => ({ ...s, [addon.id]: e.target.checked }))}
          >
            {addon.title} — {money(addon.price)}
          </Checkbox>
        ))}
      </Space>

      <Divider />

      <Space direction="vertical">
        {storeCredit > 0 && (
          <Checkbox checked={useCredit} onChange={(e) => setUseCredit(e.target.checked)}>
            Use my {money(storeCredit)} store credit
          </Checkbox>
        )}
        <Checkbox checked={saveCard} onChange={(e) => setSaveCard(e.target.checked)}>
          Save this card for faster checkout next time
        </Checkbox>
      </Space>

      <Flex justify="space-between" align="center" style={{ marginTop: 24 }}>
        <Text strong>Total {money(total)}</Text>
        <Button type="primary" size="large" loading={placing} onClick={placeOrder}>
          Place order
        </Button>
      </Flex>
    </Card>
  );
}
