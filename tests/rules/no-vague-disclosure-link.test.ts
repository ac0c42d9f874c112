import rule from '../../rules/no-vague-disclosure-link.js';
import { ruleTester, TSX } from './rule-tester.js';

ruleTester().run('no-vague-disclosure-link', rule, {
  valid: [
    {
      // Near-miss: a notice that is always shown states a material term ("keep your search history for two years").
      filename: TSX,
      code: `
export function TermsUpdate({ onAccept }: { onAccept: () => void }) {
  return (
    <div role="dialog" className="terms-modal">
      <h2>We have updated our Terms of Use</h2>
      <p role="status">We now keep your search history for two years.</p>
      <a href="/legal/terms">Learn more</a>
      <button type="button" onClick={onAccept}>Accept</button>
    </div>
  );
}`,
    },
    {
      // Near-miss: the summary of the change is a paragraph of its own computed at run time; it may say what
      // changed, so a "Learn more" beside it is not the only route.
      filename: TSX,
      code: `
import { Button, Link, Modal, ModalBody, ModalContent, ModalFooter, Text } from '@chakra-ui/react';
import type { TermsRevision } from '@/lib/legal';

export function TermsUpdateModal({ revision, isOpen, onAccept }: { revision: TermsRevision; isOpen: boolean; onAccept: () => void }) {
  return (
    <Modal isOpen={isOpen} onClose={onAccept}>
      <ModalContent>
        <ModalBody>
          <Text>Our Terms of Service are changing on {revision.effectiveDate}.</Text>
          <Text>{revision.summary}</Text>
          <Link href={\`/legal/updates/\${revision.id}\`}>Learn more</Link>
        </ModalBody>
        <ModalFooter>
          <Button onClick={onAccept}>Accept</Button>
        </ModalFooter>
      </ModalContent>
    </Modal>
  );
}`,
    },
    {
      // Near-miss: the material term is stated in the dialog itself; "Learn more" only adds detail.
      filename: TSX,
      code: `
export const TermsUpdate = () => (
  <div role="dialog">
    <h2>Updates to our Consumer Terms</h2>
    <p>From today we will use your chats to train our models.</p>
    <button>Accept</button>
    <a href="/terms">Learn more</a>
  </div>
);`,
    },
    {
      // Near-miss: a descriptive link says where it leads.
      filename: TSX,
      code: `
export const TermsUpdate = () => (
  <div role="dialog">
    <h2>Updates to our Consumer Terms</h2>
    <button>Accept</button>
    <a href="/terms#training">How we use your chats for training</a>
  </div>
);`,
    },
    {
      // Near-miss: vague links in a footer, outside any consent prompt.
      filename: TSX,
      code: `
export const Footer = () => (
  <footer>
    <span>© 2025 Acme Inc.</span>
    <a href="/about">Details</a>
    <a href="/help">Click here</a>
  </footer>
);`,
    },
    {
      // Near-miss: the link's label is a translation call, so it can't be read: no guess.
      filename: TSX,
      code: `
export const TermsUpdate = ({ t }: { t: (key: string) => string }) => (
  <div role="dialog">
    <h2>Updates to our Consumer Terms</h2>
    <button>Accept</button>
    <a href="/terms">{t('terms.link')}</a>
  </div>
);`,
    },
    {
      // Near-miss: a "Privacy policy" link where the purpose is plainly stated.
      filename: TSX,
      code: `
export const CookieBanner = () => (
  <aside className="cookie-banner">
    <p>We use cookies for analytics and personalised advertising.</p>
    <button>Accept all</button>
    <button>Reject all</button>
    <a href="/privacy">Privacy policy</a>
  </aside>
);`,
    },
    {
      // Near-miss: a notice with no decision to make (only "Close"): nothing is agreed to without the terms.
      filename: TSX,
      code: `
export const Notice = () => (
  <div role="dialog">
    <p>We have updated our Terms of Service.</p>
    <a href="/terms">Details</a>
    <button>Close</button>
  </div>
);`,
    },
    {
      // Near-miss: a vague link beside a named document: the named one is a route that says where it leads.
      filename: TSX,
      code: `
export const CookieBanner = () => (
  <aside className="cookie-banner">
    <p>This site uses cookies.</p>
    <button>OK</button>
    <a href="/cookies">Cookie policy</a>
    <a href="/more">More info</a>
  </aside>
);`,
    },
    {
      // Near-miss: the "Terms" link inside the sign-up checkbox's label is the document being accepted.
      filename: TSX,
      code: `
export const Signup = () => (
  <form>
    <input type="email" name="email" />
    <label><input type="checkbox" required /> I agree to the <a href="/terms">Terms of Service</a></label>
    <button type="submit">Sign up</button>
  </form>
);`,
    },
    {
      // Near-miss: an unlabelled icon button (copy, expand) may do anything; a component link may render its own text.
      filename: TSX,
      code: `
export const TermsUpdate = ({ onCopy }: { onCopy: () => void }) => (
  <div role="dialog">
    <h2>Updates to our Consumer Terms</h2>
    <button onClick={onCopy}><svg /></button>
    <TermsLink />
    <button>Accept</button>
  </div>
);`,
    },
    {
      // Near-miss: a settings button leads to choices, not to hidden terms.
      filename: TSX,
      code: `
export const CookieBanner = () => (
  <aside className="cookie-banner">
    <p>This site uses cookies.</p>
    <button>Accept all</button>
    <button>Manage preferences</button>
  </aside>
);`,
    },
  ],
  invalid: [
    {
      // The error shown when saving fails speaks of "your data", but reports on the page's own work: it discloses nothing,
      // and the prompt itself states none of the terms.
      filename: TSX,
      code: `
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { acceptTermsVersion } from '@/api/legal';
import { messages } from './messages';

export function TermsUpdateModal({ version, onAccepted }: { version: string; onAccepted: () => void }) {
  const intl = useIntl();
  const [failed, setFailed] = useState(false);
  const accept = () => acceptTermsVersion(version).then(onAccepted, () => setFailed(true));
  return (
    <div role="dialog" aria-modal="true" className="terms-modal">
      <h2>We have updated our Terms of Use</h2>
      <p>Please confirm the new version to keep using Planwerk.</p>
      {failed && <p role="alert">Your data could not be saved. Please try again.</p>}
      <a href="/legal/terms" target="_blank" rel="noreferrer">Learn more</a>
      <button type="button" onClick={accept}>Accept</button>
    </div>
  );
}`,
      errors: [{ messageId: 'vagueLink', data: { topic: 'terms', label: 'Learn more' }, line: 16 }],
    },
    {
      // A date inside a sentence is a value, not a sentence that could say what changed: the modal states nothing
      // about the change, and "Learn more" is the only route to it.
      filename: TSX,
      code: `
import { Button, Link, Modal, ModalBody, ModalContent, ModalFooter, ModalHeader, ModalOverlay, Stack, Text } from '@chakra-ui/react';
import { Link as RouterLink } from 'react-router-dom';
import { usePolicyVersion } from '@/features/legal/usePolicyVersion';

export function PolicyChangeModal({ isOpen, onAccept, onSnooze }: { isOpen: boolean; onAccept: () => void; onSnooze: () => void }) {
  const { version } = usePolicyVersion();
  return (
    <Modal isOpen={isOpen} onClose={onSnooze} size="md">
      <ModalOverlay />
      <ModalContent>
        <ModalHeader>Changes to our terms</ModalHeader>
        <ModalBody>
          <Stack spacing={3}>
            <Text>From {version.startsOn}, new Terms of Service and a new Privacy Notice apply to your workspace.</Text>
            <Link as={RouterLink} to={\`/legal/changes/\${version.slug}\`}>Learn more</Link>
          </Stack>
        </ModalBody>
        <ModalFooter>
          <Button variant="ghost" mr={3} onClick={onSnooze}>Not now</Button>
          <Button colorScheme="teal" onClick={onAccept}>Accept</Button>
        </ModalFooter>
      </ModalContent>
    </Modal>
  );
}`,
      errors: [{ messageId: 'vagueLink', data: { topic: 'terms and privacy', label: 'Learn more' }, line: 16 }],
    },
    {
      // The terms-update pop-up whose only route to what changed is "Details".
      filename: TSX,
      code: `
export const TermsUpdate = () => (
  <div role="dialog">
    <h2>We're updating our Consumer Terms and Privacy Policy</h2>
    <button>Accept</button>
    <a href="/terms">Details</a>
  </div>
);`,
      errors: [{ messageId: 'vagueLink', data: { topic: 'terms and privacy', label: 'Details' }, line: 6, column: 5 }],
    },
    {
      // A cookie banner that states no purpose: "More info" is the only way to learn what the cookies do.
      filename: TSX,
      code: `
export const CookieBanner = () => (
  <aside className="cookie-banner">
    <p>This site uses cookies.</p>
    <button>OK</button>
    <a href="/cookies">More info</a>
  </aside>
);`,
      errors: [{ messageId: 'vagueLink', data: { topic: 'cookies', label: 'More info' }, line: 6, column: 5 }],
    },
    {
      // A free-trial offer with no price or renewal term, only "See details".
      filename: TSX,
      code: `
export const TrialOffer = () => (
  <section>
    <h2>Start your membership today</h2>
    <button>Start free trial</button>
    <button className="link">See details</button>
  </section>
);`,
      errors: [{ messageId: 'vagueLink', data: { topic: 'subscription', label: 'See details' }, line: 6, column: 5 }],
    },
    {
      // An info icon, named only for assistive technology.
      filename: TSX,
      code: `
export const TermsUpdate = () => (
  <div role="dialog">
    <h2>Updates to our Terms of Service</h2>
    <button>I agree</button>
    <a href="/terms" aria-label="Terms"><InfoIcon /></a>
  </div>
);`,
      errors: [{ messageId: 'iconLink', data: { topic: 'terms', label: "'Terms'", element: 'link' }, line: 6, column: 5 }],
    },
    {
      // An icon link with no name at all.
      filename: TSX,
      code: `
export const Consent = () => (
  <div role="dialog">
    <p>Help us improve with your consent.</p>
    <button>Allow</button>
    <button>Don't allow</button>
    <a href="/privacy"><svg viewBox="0 0 16 16" /></a>
  </div>
);`,
      errors: [{ messageId: 'iconLink', data: { topic: 'analytics and consent', label: 'no accessible name', element: 'link' }, line: 7, column: 5 }],
    },
    {
      // An icon button named "More info".
      filename: TSX,
      code: `
export const CookieBanner = ({ onInfo }: { onInfo: () => void }) => (
  <aside className="cookie-banner">
    <p>This site uses cookies.</p>
    <button>Accept all</button>
    <button aria-label="More info" onClick={onInfo}><InfoIcon /></button>
  </aside>
);`,
      errors: [{ messageId: 'iconLink', data: { topic: 'cookies', label: "'More info'", element: 'button' }, line: 6, column: 5 }],
    },
    {
      // Two vague links, both reported.
      filename: TSX,
      code: `
export const TermsUpdate = () => (
  <div role="dialog">
    <h2>New terms of use</h2>
    <button>Continue</button>
    <a href="/terms">Terms and conditions</a>
    <a href="/fine-print">Click here</a>
  </div>
);`,
      errors: [
        { messageId: 'vagueLink', data: { topic: 'terms', label: 'Terms and conditions' }, line: 6, column: 5 },
        { messageId: 'vagueLink', data: { topic: 'terms', label: 'Click here' }, line: 7, column: 5 },
      ],
    },
    {
      // German: "Mehr erfahren" is as vague as "Learn more".
      filename: TSX,
      code: `
export const Nutzungsbedingungen = () => (
  <div role="dialog">
    <h2>Wir haben unsere Nutzungsbedingungen aktualisiert</h2>
    <button>Akzeptieren</button>
    <a href="/agb">Mehr erfahren</a>
  </div>
);`,
      errors: [{ messageId: 'vagueLink', data: { topic: 'terms', label: 'Mehr erfahren' }, line: 6, column: 5 }],
    },
    {
      // French: "En savoir plus".
      filename: TSX,
      code: `
export const Conditions = () => (
  <div role="dialog">
    <h2>Mise à jour de nos conditions</h2>
    <button>J'accepte</button>
    <a href="/cgu">En savoir plus</a>
  </div>
);`,
      errors: [{ messageId: 'vagueLink', data: { topic: 'terms', label: 'En savoir plus' }, line: 6, column: 5 }],
    },
  ],
});
