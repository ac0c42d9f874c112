/**
 * Ant Design (`antd`): components, variants, default theme and layout.
 *
 * Emphasis: ant.design/components/button (primary filled; default and dashed bordered; text and link).
 */
import type { ComponentData, LibraryModule } from './types.js';

const CHECKED = ['checked', 'defaultChecked'];

const components: Record<string, ComponentData> = {
  Button: { semantic: 'button', variant: { prop: 'type', values: { primary: 'filled', default: 'outlined', dashed: 'outlined', text: 'text', link: 'link' }, absent: 'outlined' } },
  Switch: { semantic: 'switch', checkedProps: CHECKED },
  Checkbox: { semantic: 'checkbox', checkedProps: CHECKED },
  'Checkbox.Group': { semantic: 'container' },
  Radio: { semantic: 'radio', checkedProps: CHECKED },
  'Radio.Button': { semantic: 'radio', checkedProps: CHECKED },
  'Radio.Group': { semantic: 'container' },
  'Typography.Text': { semantic: 'text' },
  'Typography.Paragraph': { semantic: 'text' },
  'Typography.Link': { semantic: 'link' },
  Modal: { semantic: 'dialog' },
};

export const antd: LibraryModule = {
  id: 'antd',
  matches: (source) => (source === 'antd' || source.startsWith('antd/') ? {} : undefined),
  components,
};
