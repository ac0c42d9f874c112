import styled, { css } from 'styled-components';

type Tone = 'brand' | 'neutral' | 'danger';

const tones: Record<Tone, ReturnType<typeof css>> = {
  brand: css`
    background: #e85d2a;
    border-color: #e85d2a;
    color: #ffffff;
  `,
  neutral: css`
    background: #2d2a26;
    border-color: #2d2a26;
    color: #ffffff;
  `,
  danger: css`
    background: #b42318;
    border-color: #b42318;
    color: #ffffff;
  `,
};

export const Button = styled.button<{ $tone?: Tone; $block?: boolean }>`
  display: inline-flex;
  align-items: center;
  justify-content: center;
  min-height: 48px;
  padding: 12px 22px;
  border: 2px solid transparent;
  border-radius: 8px;
  font-size: 16px;
  font-weight: 700;
  cursor: pointer;
  width: ${({ $block }) => ($block ? '100%' : 'auto')};
  ${({ $tone = 'brand' }) => tones[$tone]}

  &:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
`;
