/**
 * Attribute selectors: a rule for `[data-variant="ghost"]` applies to an element whose static value matches; when
 * the value is dynamic (`data-variant={variant}`) or a spread may carry it, whether it applies is unknown, and the
 * element is not measured as if it did not. A presence test (`a[href]`) holds whatever the value.
 */
import noUnbalancedChoices from '../../rules/no-unbalanced-choices.js';
import { ruleTester, withStylesheets } from './rule-tester.js';

const filename = withStylesheets({
  'banner.css': `
.banner { background: #ffffff; color: #111111; font-size: 16px; }
.btn { font-size: 16px; font-weight: 700; padding: 12px 24px; border: none; background: #1a1a1a; color: #ffffff; }
.btn[data-variant="ghost"] { font-size: 11px }
.btn[data-size^="x"] { font-size: 11px }
.btn[aria-disabled] { font-size: 11px }
.choice { font-size: 11px; font-weight: 700; padding: 12px 24px; border: none; background: #1a1a1a; color: #ffffff; }
.choice[data-variant="full"] { font-size: 16px }
`,
});

const banner = (accept: string, decline: string): string => `import './banner.css';
export const Banner = ({ variant, size, blocked, ...rest }) => (
  <div className="banner">
    <p>We use cookies for analytics.</p>
    ${accept}
    ${decline}
  </div>
);`;

const ACCEPT = '<button className="btn">Accept all</button>';
const SMALLER = { messageId: 'weakerDecline', data: { decline: 'Reject all', accept: 'Accept all', factors: '11px vs 16px' }, line: 6, column: 5 };

ruleTester().run('no-unbalanced-choices (attribute selectors)', noUnbalancedChoices, {
  valid: [
    // Near-miss: the variant comes from a prop: the ghost rule may or may not apply.
    { filename, code: banner(ACCEPT, '<button className="btn" data-variant={variant}>Reject all</button>') },
    // Near-miss: a spread may carry data-variant="ghost".
    { filename, code: banner(ACCEPT, '<button className="btn" {...rest}>Reject all</button>') },
    // Near-miss: a static variant the rule doesn't match.
    { filename, code: banner(ACCEPT, '<button className="btn" data-variant="solid">Reject all</button>') },
    // Near-miss: the value only starts like the one the rule wants.
    { filename, code: banner(ACCEPT, '<button className="btn" data-variant="ghostly">Reject all</button>') },
    // Near-miss: a prefix test on a dynamic value.
    { filename, code: banner(ACCEPT, '<button className="btn" data-size={size}>Reject all</button>') },
    // Near-miss: a prefix the static value doesn't have.
    { filename, code: banner(ACCEPT, '<button className="btn" data-size="md">Reject all</button>') },
    // Near-miss: the decline is small unless its variant, a prop, is "full": it may be the same size as the accept.
    { filename, code: banner(ACCEPT, '<button className="choice" data-variant={variant}>Reject all</button>') },
    // Near-miss: the same through a spread.
    { filename, code: banner(ACCEPT, '<button className="choice" {...rest}>Reject all</button>') },
    // Near-miss: both get the ghost look.
    { filename, code: banner('<button className="btn" data-variant="ghost">Accept all</button>', '<button className="btn" data-variant="ghost">Reject all</button>') },
  ],
  invalid: [
    {
      // The ghost variant, static: the rule applies.
      filename,
      code: banner(ACCEPT, '<button className="btn" data-variant="ghost">Reject all</button>'),
      errors: [SMALLER],
    },
    {
      // A constant the file defines is static too.
      filename,
      code: `const GHOST = 'ghost';\n${banner(ACCEPT, '<button className="btn" data-variant={GHOST}>Reject all</button>')}`,
      errors: [{ ...SMALLER, line: 7 }],
    },
    {
      // A prefix test on a static value.
      filename,
      code: banner(ACCEPT, '<button className="btn" data-size="xs">Reject all</button>'),
      errors: [SMALLER],
    },
    {
      // A presence test holds whatever the value, a dynamic one included (aria-disabled={false} is written out).
      filename,
      code: banner(ACCEPT, '<button className="btn" aria-disabled={blocked}>Reject all</button>'),
      errors: [SMALLER],
    },
    {
      // Near-miss of the "full" variant: static and another value, so the decline stays small.
      filename,
      code: banner(ACCEPT, '<button className="choice" data-variant="ful">Reject all</button>'),
      errors: [SMALLER],
    },
  ],
});
