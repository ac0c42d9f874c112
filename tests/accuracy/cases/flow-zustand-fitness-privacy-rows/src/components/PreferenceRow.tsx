/** @jsxImportSource @emotion/react */
import { css } from '@emotion/react';
import * as Switch from '@radix-ui/react-switch';

type PreferenceRowProps = {
  id: string;
  title: string;
  description: string;
  enabled: boolean;
  onChange: (value: boolean) => void;
};

const row = css`
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 20px;
  padding: 16px 0;
  border-bottom: 1px solid #e7e5e4;
`;

const root = css`
  position: relative;
  flex-shrink: 0;
  width: 44px;
  height: 24px;
  border: 0;
  border-radius: 999px;
  background: #d6d3d1;
  cursor: pointer;
  &[data-state='checked'] {
    background: #16a34a;
  }
`;

const thumb = css`
  display: block;
  width: 20px;
  height: 20px;
  border-radius: 999px;
  background: #ffffff;
  transform: translateX(2px);
  transition: transform 120ms;
  &[data-state='checked'] {
    transform: translateX(22px);
  }
`;

export function PreferenceRow({ id, title, description, enabled, onChange }: PreferenceRowProps) {
  return (
    <div css={row}>
      <div>
        <label htmlFor={id} css={{ fontWeight: 600, fontSize: 16 }}>
          {title}
        </label>
        <p css={{ margin: '4px 0 0', color: '#57534e', fontSize: 15 }}>{description}</p>
      </div>
      <Switch.Root id={id} css={root} checked={enabled} onCheckedChange={onChange}>
        <Switch.Thumb css={thumb} />
      </Switch.Root>
    </div>
  );
}
