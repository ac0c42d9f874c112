import { defineMessages } from '@northwind/i18n';

/**
 * Copy of the consent banner. `defineMessages` prefixes every key with the namespace, so ids come out as
 * `cm.banner.acceptAll` etc. and only the English default and a note for translators are written here.
 * Run `pnpm i18n:extract` after changing this file so the TMS picks the strings up.
 */
export const messages = defineMessages('cm.banner', {
  title: {
    defaultMessage: 'We value your privacy',
    description: 'First layer: heading',
  },
  body: {
    defaultMessage:
      'With your permission, we and our {partnerCount, plural, one {# partner} other {# partners}} use cookies and similar technologies to measure how our articles are read and to show you personalised ads based on your browsing. You can change your choice at any time under "Privacy settings" at the bottom of every page.',
    description: 'First layer: what consent is asked for. partnerCount comes from the vendor list.',
  },
  acceptAll: {
    defaultMessage: 'Accept all',
    description: 'First layer: consent to every purpose and partner',
  },
  rejectAll: {
    defaultMessage: 'Reject all',
    description: 'First layer: refuse every purpose that needs consent',
  },
  manageOptions: {
    defaultMessage: 'Manage options',
    description: 'First layer: opens the purposes and partners layer',
  },
  privacyPolicy: {
    defaultMessage: 'Privacy policy',
    description: 'First layer: link to the publisher privacy policy',
  },
  reaskTitle: {
    defaultMessage: 'Keep Northwind Daily free',
    description: 'Re-ask layer, shown to readers who rejected, after reaskAfterDays: heading',
  },
  reaskBody: {
    defaultMessage:
      'Ads pay for our newsroom, and personalised ads earn us about three times as much as generic ones. If you accept, our advertising partners will use cookies to show you ads based on the sites you visit.',
    description: 'Re-ask layer: body',
  },
  reaskAccept: {
    defaultMessage: 'Accept personalised ads',
    description: 'Re-ask layer: consent to advertising purposes',
  },
  reaskDecline: {
    defaultMessage: "No, I don't care about independent journalism",
    description: 'Re-ask layer: keep the earlier refusal of advertising',
  },
});
