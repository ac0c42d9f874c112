/**
 * React Native screens (`react-native`'s core components): a `Switch` is on when its `value` is, `Pressable` and the
 * touchables are what people press, `Text` draws the copy at its own size, and styles come from `StyleSheet.create`
 * and style arrays. Onboarding and consent screens written as apps write them, through both front doors; the
 * checker's pre-filter still lets through a screen whose only sign of a ticked box is the `value` it passes to a
 * React Native row of its own.
 */
import { describe, expect, it } from 'vitest';
import { bothRunner } from '../helpers/both.js';

const both = bothRunner('react-native');

const PACKAGE = JSON.stringify({ name: 'trailhead', private: true, dependencies: { react: '18.3.1', 'react-native': '0.76.5', '@react-navigation/native-stack': '7.1.0' } });
const TSCONFIG = JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['src/*'] } } });

const TELEMETRY_STEP = (initial: boolean) => `import { useState } from 'react';
import type { NativeStackScreenProps } from '@react-navigation/native-stack';
import { Pressable, SafeAreaView, StyleSheet, Switch, Text, View } from 'react-native';
import { setTelemetryEnabled } from '@/lib/telemetry';
import type { OnboardingStackParamList } from '@/navigation/types';

type Props = NativeStackScreenProps<OnboardingStackParamList, 'Telemetry'>;

export function TelemetryStep({ navigation }: Props) {
  const [isEnabled, setIsEnabled] = useState(${initial});
  const [saving, setSaving] = useState(false);

  const onContinue = async () => {
    setSaving(true);
    await setTelemetryEnabled(isEnabled);
    navigation.navigate('Home');
  };

  return (
    <SafeAreaView style={styles.screen}>
      <Text style={styles.title}>Make Trailhead better</Text>
      <View style={styles.row}>
        <Text style={styles.label}>Share anonymous usage statistics</Text>
        <Switch value={isEnabled} onValueChange={setIsEnabled} />
      </View>
      <Pressable style={[styles.button, saving && styles.buttonBusy]} onPress={onContinue} disabled={saving}>
        <Text style={styles.buttonText}>{saving ? 'Saving…' : 'Continue'}</Text>
      </Pressable>
    </SafeAreaView>
  );
}

const styles = StyleSheet.create({
  screen: { flex: 1, padding: 24, backgroundColor: '#ffffff' },
  title: { fontSize: 26, fontWeight: '700', marginBottom: 16 },
  row: { flexDirection: 'row', alignItems: 'center', justifyContent: 'space-between', paddingVertical: 12 },
  label: { fontSize: 16, color: '#1f2937', flexShrink: 1 },
  button: { marginTop: 32, backgroundColor: '#0f766e', borderRadius: 12, paddingVertical: 14, alignItems: 'center' },
  buttonBusy: { opacity: 0.6 },
  buttonText: { color: '#ffffff', fontSize: 17, fontWeight: '600' },
});
`;

const DISPLAY_SETTINGS = `import { useColorScheme } from 'react-native';
import { ScrollView, StyleSheet, Switch, Text, View } from 'react-native';
import { useSettingsStore } from '@/stores/settings';

export function DisplaySettings() {
  const scheme = useColorScheme();
  const { haptics, setHaptics } = useSettingsStore();
  return (
    <ScrollView contentContainerStyle={styles.list}>
      <View style={styles.row}>
        <Text style={styles.label}>Dark mode</Text>
        <Switch value={scheme === 'dark' || true} disabled />
      </View>
      <View style={styles.row}>
        <Text style={styles.label}>Vibrate on new messages</Text>
        <Switch value={haptics} onValueChange={setHaptics} />
      </View>
    </ScrollView>
  );
}

const styles = StyleSheet.create({
  list: { padding: 16 },
  row: { flexDirection: 'row', justifyContent: 'space-between', paddingVertical: 10 },
  label: { fontSize: 16 },
});
`;

/** An ATT pre-permission sheet: a big filled "Allow", a faint "Not now", and the terms in tiny grey type below. */
const TRACKING_SHEET = `import { Pressable, StyleSheet, Text, View } from 'react-native';

type Props = { onAllow: () => void; onLater: () => void };

export function TrackingSheet({ onAllow, onLater }: Props) {
  return (
    <View style={styles.sheet}>
      <Text style={styles.title}>Personalised ads</Text>
      <Text style={styles.body}>We share your app activity with advertising partners to show you ads you may like.</Text>
      <Pressable style={styles.primary} onPress={onAllow}>
        <Text style={styles.primaryText}>Allow</Text>
      </Pressable>
      <Pressable onPress={onLater} hitSlop={8}>
        <Text style={[styles.link, styles.muted]}>Not now</Text>
      </Pressable>
      <Text style={styles.legal}>Your data is kept for 13 months and shared with 12 partners.</Text>
    </View>
  );
}

const styles = StyleSheet.create({
  sheet: { padding: 24, backgroundColor: '#ffffff', borderTopLeftRadius: 20, borderTopRightRadius: 20 },
  title: { fontSize: 22, fontWeight: '700' },
  body: { fontSize: 15, color: '#111827', marginVertical: 12 },
  primary: { backgroundColor: '#111111', borderRadius: 12, paddingVertical: 14, alignItems: 'center' },
  primaryText: { color: '#ffffff', fontSize: 17, fontWeight: '600' },
  link: { fontSize: 12, textAlign: 'center', marginTop: 12 },
  muted: { color: '#c0c0c0' },
  legal: { fontSize: 9, color: '#999999', marginTop: 16 },
});
`;

/** A row of the app's own, written with React Native's Switch. */
const NEWSLETTER_ROW = `import { StyleSheet, Switch, Text, View } from 'react-native';

type Props = { value?: boolean; onValueChange?: (value: boolean) => void };

export function NewsletterRow({ value = false, onValueChange }: Props) {
  return (
    <View style={styles.row}>
      <Text style={styles.label}>Email me partner offers and discounts</Text>
      <Switch value={value} onValueChange={onValueChange} />
    </View>
  );
}

const styles = StyleSheet.create({
  row: { flexDirection: 'row', justifyContent: 'space-between', alignItems: 'center' },
  label: { fontSize: 15 },
});
`;

/** A sign-up step that renders only components of its own: the words and the Switch are in the row's module. */
const SIGN_UP_STEP = `import { Screen } from '@/components/Screen';
import { NewsletterRow } from '@/components/NewsletterRow';
import { PrimaryButton } from '@/components/PrimaryButton';

export function SignUpStep({ onDone }: { onDone: () => void }) {
  return (
    <Screen>
      <NewsletterRow value />
      <PrimaryButton onPress={onDone} />
    </Screen>
  );
}
`;

/** A checkout row of the app's own: what it sells and its price are written here, not where it is used. */
const PROTECTION_ROW = `import { StyleSheet, Switch, Text, View } from 'react-native';
import { formatPrice } from '@/lib/money';
import { useProtectionQuote } from '@/features/booking/useProtectionQuote';

type Props = { value?: boolean; onValueChange?: (value: boolean) => void };

export function ProtectionRow({ value = false, onValueChange }: Props) {
  const { price } = useProtectionQuote();
  return (
    <View style={styles.row}>
      <Text style={styles.label}>Trip protection ({formatPrice(price)})</Text>
      <Switch value={value} onValueChange={onValueChange} />
    </View>
  );
}

const styles = StyleSheet.create({
  row: { flexDirection: 'row', justifyContent: 'space-between', alignItems: 'center' },
  label: { fontSize: 15 },
});
`;

const REVIEW_BOOKING = `import { PrimaryButton } from '@/components/PrimaryButton';
import { ProtectionRow } from '@/components/ProtectionRow';
import { Screen } from '@/components/Screen';
import { useBooking } from '@/features/booking/useBooking';

export function ReviewBooking() {
  const { total, confirm } = useBooking();
  return (
    <Screen>
      <ProtectionRow value />
      <PrimaryButton onPress={confirm} />
    </Screen>
  );
}
`;

/** A privacy step of rows: a title over a caption beside each Switch, and a row whose label is one sentence in nested Text. */
const PRIVACY_STEP = `import { useState } from 'react';
import { Pressable, StyleSheet, Switch, Text, View } from 'react-native';
import { savePrivacyChoices } from '@/api/privacy';

export function PrivacyStep({ onNext }: { onNext: () => void }) {
  const [crashReports, setCrashReports] = useState(true);
  const [nearby, setNearby] = useState(true);
  return (
    <View style={styles.screen}>
      <Text style={styles.heading}>Your privacy</Text>
      <View style={styles.row}>
        <View style={styles.copy}>
          <Text style={styles.title}>Send crash reports and usage statistics</Text>
          <Text style={styles.caption}>No personal data, no message content, never sold.</Text>
        </View>
        <Switch value={crashReports} onValueChange={setCrashReports} />
      </View>
      <View style={styles.row}>
        <Text style={styles.title}>
          Share my <Text style={styles.bold}>location history</Text> with partners
        </Text>
        <Switch value={nearby} onValueChange={setNearby} />
      </View>
      <Pressable style={styles.button} onPress={() => savePrivacyChoices({ crashReports, nearby }).then(onNext)}>
        <Text style={styles.buttonText}>Continue</Text>
      </Pressable>
    </View>
  );
}

const styles = StyleSheet.create({
  screen: { flex: 1, padding: 24 },
  heading: { fontSize: 24, fontWeight: '700' },
  row: { flexDirection: 'row', alignItems: 'center', justifyContent: 'space-between', paddingVertical: 12 },
  copy: { flexShrink: 1, paddingRight: 12 },
  title: { fontSize: 16 },
  caption: { fontSize: 13, color: '#4b5563' },
  bold: { fontWeight: '700' },
  button: { backgroundColor: '#2563eb', borderRadius: 10, paddingVertical: 14, alignItems: 'center' },
  buttonText: { color: '#ffffff', fontSize: 16 },
});
`;

/** An Expo sign-up form with expo-checkbox: the offers box starts ticked, "Remember me" too. */
const EXPO_SIGN_UP = `import Checkbox from 'expo-checkbox';
import { useState } from 'react';
import { Pressable, Text, TextInput, View } from 'react-native';
import { useSignUp } from '@/features/auth/useSignUp';

export default function SignUpScreen() {
  const signUp = useSignUp();
  const [email, setEmail] = useState('');
  const [remember, setRemember] = useState(true);
  const [offers, setOffers] = useState(true);
  return (
    <View style={{ padding: 24, gap: 12 }}>
      <TextInput value={email} onChangeText={setEmail} placeholder="Email" autoComplete="email" />
      <View style={{ flexDirection: 'row', gap: 8 }}>
        <Checkbox value={remember} onValueChange={setRemember} />
        <Text>Remember me on this device</Text>
      </View>
      <View style={{ flexDirection: 'row', gap: 8 }}>
        <Checkbox value={offers} onValueChange={setOffers} color={offers ? '#16a34a' : undefined} />
        <Text>Send me offers and product news by email</Text>
      </View>
      <Pressable onPress={() => signUp.mutate({ email, offers })}>
        <Text>Create account</Text>
      </Pressable>
    </View>
  );
}
`;

/** A React Native Paper sign-up form and an ads dialog, in Paper's own components. */
const PAPER_SIGN_UP = (offers: string) => `import { useState } from 'react';
import { View } from 'react-native';
import { Button, Checkbox, Text, TextInput } from 'react-native-paper';
import { useSignUp } from '@/features/auth/useSignUp';

export function SignUpForm() {
  const signUp = useSignUp();
  const [email, setEmail] = useState('');
  const [offers, setOffers] = useState(${offers});
  return (
    <View style={{ gap: 12, padding: 24 }}>
      <Text variant="headlineSmall">Create your account</Text>
      <TextInput label="Email" value={email} onChangeText={setEmail} mode="outlined" />
      <Checkbox.Item
        label="Send me offers and news from our partners"
        status={offers ? 'checked' : 'unchecked'}
        onPress={() => setOffers(!offers)}
        position="leading"
      />
      <Button mode="contained" loading={signUp.isPending} onPress={() => signUp.mutate({ email, offers })}>
        Create account
      </Button>
    </View>
  );
}
`;

const PAPER_ADS_DIALOG = `import { Button, Dialog, Portal, Text } from 'react-native-paper';

type Props = { visible: boolean; onAllow: () => void; onDecline: () => void };

export function AdsConsentDialog({ visible, onAllow, onDecline }: Props) {
  return (
    <Portal>
      <Dialog visible={visible} dismissable={false}>
        <Dialog.Title>Personalised ads</Dialog.Title>
        <Dialog.Content>
          <Text variant="bodyMedium">We share your activity with advertising partners to show you ads you may like.</Text>
        </Dialog.Content>
        <Dialog.Actions>
          <Button onPress={onDecline}>Decline</Button>
          <Button mode="contained" onPress={onAllow}>
            Allow
          </Button>
        </Dialog.Actions>
      </Dialog>
    </Portal>
  );
}
`;

const project = (files: Record<string, string>) => ({ 'package.json': PACKAGE, 'tsconfig.json': TSCONFIG, ...files });

describe('React Native screens', () => {
  it("reports the onboarding step's usage-statistics Switch whose value starts true", async () => {
    const result = await both(project({ 'src/onboarding/TelemetryStep.tsx': TELEMETRY_STEP(true) }), 'src/onboarding/TelemetryStep.tsx');
    expect(result.checker).toEqual(['no-preselected-consent preselected 24:9']);
    expect(result.eslint).toEqual(result.checker);
  });

  it("reads react-native-gesture-handler's Switch and RectButton as React Native's", async () => {
    const step = TELEMETRY_STEP(true).replace("import { Pressable, SafeAreaView, StyleSheet, Switch, Text, View } from 'react-native';", "import { RectButton, Switch } from 'react-native-gesture-handler';\nimport { SafeAreaView, StyleSheet, Text, View } from 'react-native';").replaceAll('Pressable', 'RectButton');
    expect(step).toContain("from 'react-native-gesture-handler'");
    const result = await both(project({ 'src/onboarding/TelemetryStep.tsx': step }), 'src/onboarding/TelemetryStep.tsx');
    expect(result.checker).toEqual(['no-preselected-consent preselected 25:9']);
    expect(result.eslint).toEqual(result.checker);
    const off = await both(project({ 'src/onboarding/TelemetryStep.tsx': step.replace('useState(true)', 'useState(false)') }), 'src/onboarding/TelemetryStep.tsx');
    expect(off).toEqual({ eslint: [], checker: [] });
  });

  it("reads the labels an Expo app translates with i18n-js (new I18n(translations), as Expo's localization guide writes it)", async () => {
    const i18n = `import { getLocales } from 'expo-localization';
import { I18n } from 'i18n-js';

export const i18n = new I18n({
  en: {
    telemetry: { title: 'Make Trailhead better', usage: 'Share anonymous usage statistics', greeting: 'Hi %{name}' },
    continue: 'Continue',
  },
  de: {
    telemetry: { title: 'Hilf Trailhead besser zu werden', usage: 'Anonyme Nutzungsstatistiken teilen', greeting: 'Hallo %{name}' },
    continue: 'Weiter',
  },
});
i18n.locale = getLocales()[0]?.languageCode ?? 'en';
i18n.enableFallback = true;
`;
    const step = (initial: boolean, key = 'telemetry.usage') =>
      TELEMETRY_STEP(initial)
        .replace("import type { OnboardingStackParamList } from '@/navigation/types';", "import type { OnboardingStackParamList } from '@/navigation/types';\nimport { i18n } from '@/i18n';")
        .replace('>Make Trailhead better<', ">{i18n.t('telemetry.title')}<")
        .replace('>Share anonymous usage statistics<', `>{i18n.t('${key}')}<`)
        .replace("{saving ? 'Saving…' : 'Continue'}", "{saving ? 'Saving…' : i18n.t('continue')}");
    expect(step(true)).toContain("i18n.t('telemetry.usage')");
    expect(step(true)).not.toContain('Share anonymous usage statistics');
    const on = await both(project({ 'src/i18n.ts': i18n, 'src/onboarding/TelemetryStep.tsx': step(true) }), 'src/onboarding/TelemetryStep.tsx');
    expect(on.checker).toEqual(['no-preselected-consent preselected 25:9']);
    expect(on.eslint).toEqual(on.checker);
    expect(await both(project({ 'src/i18n.ts': i18n, 'src/onboarding/TelemetryStep.tsx': step(false) }), 'src/onboarding/TelemetryStep.tsx')).toEqual({ eslint: [], checker: [] });
    // A key the translations do not have is unknown, never a label: nothing to report.
    expect(await both(project({ 'src/i18n.ts': i18n, 'src/onboarding/TelemetryStep.tsx': step(true, 'telemetry.missing') }), 'src/onboarding/TelemetryStep.tsx')).toEqual({ eslint: [], checker: [] });
  });

  it('near-miss: the same step starting off', async () => {
    expect(await both(project({ 'src/onboarding/TelemetryStep.tsx': TELEMETRY_STEP(false) }), 'src/onboarding/TelemetryStep.tsx')).toEqual({ eslint: [], checker: [] });
  });

  it('near-miss: display settings whose switches grant nothing, one of them on', async () => {
    expect(await both(project({ 'src/settings/DisplaySettings.tsx': DISPLAY_SETTINGS }), 'src/settings/DisplaySettings.tsx')).toEqual({ eslint: [], checker: [] });
  });

  it("reads a tracking sheet's StyleSheet: its terms at 9px in #999 below a 17px Allow, and no decline", async () => {
    const result = await both(project({ 'src/consent/TrackingSheet.tsx': TRACKING_SHEET }), 'src/consent/TrackingSheet.tsx', ['no-fine-print', 'require-decline-option', 'no-buried-consent']);
    expect(result.checker).toEqual(['no-buried-consent buriedDisclosure 16:7', 'no-fine-print lowContrast 16:7', 'no-fine-print smallerThanChoice 16:7', 'require-decline-option missingDecline 7:5']);
    expect(result.eslint).toEqual(result.checker);
  });

  it('reports the value a screen passes to a React Native row of its own, through the pre-filter', async () => {
    const files = project({ 'src/onboarding/SignUpStep.tsx': SIGN_UP_STEP, 'src/components/NewsletterRow.tsx': NEWSLETTER_ROW });
    const result = await both(files, 'src/onboarding/SignUpStep.tsx', ['no-preselected-consent']);
    expect(result.checker).toEqual(['no-preselected-consent preselected 8:7']);
    expect(result.eslint).toEqual(result.checker);
  });

  it("reads a row's title over its caption as its label; a label of nested Text is read whole", async () => {
    // The caption's "No personal data" negates nothing; "Share my location history with partners" names sharing.
    const result = await both(project({ 'src/onboarding/PrivacyStep.tsx': PRIVACY_STEP }), 'src/onboarding/PrivacyStep.tsx', ['no-preselected-consent']);
    expect(result.checker).toEqual(['no-preselected-consent preselected 16:9', 'no-preselected-consent preselected 22:9']);
    expect(result.eslint).toEqual(result.checker);
  });

  it("reads expo-checkbox's value: the offers box starts ticked, and \"Remember me\" grants nothing", async () => {
    const result = await both(project({ 'app/(auth)/sign-up.tsx': EXPO_SIGN_UP }), 'app/(auth)/sign-up.tsx', ['no-preselected-consent']);
    expect(result.checker).toEqual(['no-preselected-consent preselected 19:9']);
    expect(result.eslint).toEqual(result.checker);
  });

  it("reads React Native Paper: a Checkbox.Item ticked by status, and an ads dialog's text-mode Decline beside a contained Allow", async () => {
    const signUp = await both(project({ 'src/auth/SignUpForm.tsx': PAPER_SIGN_UP('true') }), 'src/auth/SignUpForm.tsx', ['no-preselected-consent']);
    expect(signUp.checker).toEqual(['no-preselected-consent preselected 14:7']);
    expect(signUp.eslint).toEqual(signUp.checker);
    expect(await both(project({ 'src/auth/SignUpForm.tsx': PAPER_SIGN_UP('false') }), 'src/auth/SignUpForm.tsx', ['no-preselected-consent'])).toEqual({ eslint: [], checker: [] });
    const dialog = await both(project({ 'src/consent/AdsConsentDialog.tsx': PAPER_ADS_DIALOG }), 'src/consent/AdsConsentDialog.tsx', ['no-unbalanced-choices']);
    expect(dialog.checker).toEqual(['no-unbalanced-choices weakerDecline 14:11']);
    expect(dialog.eslint).toEqual(dialog.checker);
  });

  it("reports a paid extra a checkout turns on through its row's value, through the pre-filter", async () => {
    // The checkout holds no add-on word and no price sign: only the row's module says what it sells, and only
    // React Native says that `value` is its Switch's state.
    const files = project({ 'src/checkout/ReviewBooking.tsx': REVIEW_BOOKING, 'src/components/ProtectionRow.tsx': PROTECTION_ROW });
    const result = await both(files, 'src/checkout/ReviewBooking.tsx', ['no-preselected-addon']);
    expect(result.checker).toEqual(['no-preselected-addon preselectedAddon 10:7']);
    expect(result.eslint).toEqual(result.checker);
  });
});
