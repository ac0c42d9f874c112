/**
 * The JSON schema of honest-ui's settings: `settings['honest-ui']` in ESLint and the `settings` key of the
 * checker's config file. One schema, so a typo is the same error in both.
 */
export const SEMANTIC_NAMES = ['button', 'link', 'checkbox', 'switch', 'radio', 'input', 'select', 'text', 'container', 'dialog', 'form'] as const;
export const EMPHASIS_NAMES = ['filled', 'outlined', 'text', 'link', 'primary', 'secondary', 'tertiary'] as const;

const componentMapping = {
  description: 'What a design-system component stands for.',
  oneOf: [
    { type: 'string', enum: SEMANTIC_NAMES, description: 'The built-in semantic the component renders.' },
    {
      type: 'object',
      additionalProperties: false,
      required: ['as'],
      properties: {
        as: { type: 'string', enum: SEMANTIC_NAMES, description: 'The built-in semantic the component renders.' },
        emphasis: {
          type: 'string',
          enum: EMPHASIS_NAMES,
          description: 'Visual emphasis of every instance: filled/primary, outlined/secondary, text/tertiary or link.',
        },
        checkedProp: { type: 'string', description: 'The prop that holds the checked state of a switch, checkbox or radio (such as "on").' },
        defaultCheckedProp: { type: 'string', description: 'The prop that holds the initial checked state (such as "defaultOn").' },
        emphasisProps: {
          type: 'object',
          description: 'Props whose values set the emphasis: { "variant": { "primary": "filled", "ghost": "text" } }.',
          additionalProperties: {
            type: 'object',
            additionalProperties: { type: 'string', enum: EMPHASIS_NAMES },
          },
        },
      },
    },
  ],
} as const;

export const settingsSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'honest-ui settings',
  type: 'object',
  additionalProperties: false,
  properties: {
    components: {
      type: 'object',
      description: 'Maps design-system component names (as written in JSX, such as "Toggle" or "Form.Check") to the semantics honest-ui knows.',
      additionalProperties: componentMapping,
    },
    polymorphicProps: {
      type: 'array',
      description: 'Props that change which element a component renders, such as `as` and `component`.',
      items: { type: 'string' },
      uniqueItems: true,
    },
    rootFontSize: {
      type: 'number',
      exclusiveMinimum: 0,
      description: 'The root font size in CSS px, for rem units. Browsers default to 16.',
    },
  },
} as const;
