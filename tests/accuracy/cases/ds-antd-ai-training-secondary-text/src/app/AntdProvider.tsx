'use client';

import type { ReactNode } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import type { ThemeConfig } from 'antd';

const lumenTheme: ThemeConfig = {
  token: {
    colorPrimary: '#6d28d9',
    colorLink: '#6d28d9',
    borderRadius: 8,
    fontFamily: 'var(--font-geist-sans), system-ui, sans-serif',
    fontSize: 15,
  },
  components: {
    Modal: { titleFontSize: 18 },
    Button: { fontWeight: 500 },
  },
};

export function AntdProvider({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider theme={lumenTheme}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
