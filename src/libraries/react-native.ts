/**
 * React Native (`react-native`, and react-native-web's same exports): core components, reactnative.dev/docs/components-and-apis,
 * and the community's checkboxes (`expo-checkbox`, `@react-native-community/checkbox`), and
 * react-native-gesture-handler's versions of the core components (its `Switch`, `TextInput`, `ScrollView`, `FlatList`
 * and touchables wrap React Native's, docs.swmansion.com/react-native-gesture-handler/docs/components/touchables) and
 * its buttons (`RectButton`, `BorderlessButton`, `BaseButton`, `Pressable`).
 * A `Switch` is on when its `value` is (reactnative.dev/docs/switch: "value: the value of the switch. If true the
 * switch will be turned on"; there is no uncontrolled default). The touchables and `Pressable` are what people press,
 * a `Button` is labelled by its `title` (reactnative.dev/docs/button). `Text` nests inline inside `Text` and stacks
 * inside a `View`, whose children lay out in a column by default; its default size is 14 and its colour black
 * (reactnative.dev/docs/text-style-props). Styles are the components' `style` props, `StyleSheet.create` objects and
 * style arrays read as data; there are no class names.
 */
import type { ComponentData, LibraryModule } from './types.js';

const VIEW: ComponentData = { semantic: 'container', renders: 'div', style: {} };
const PRESSABLE: ComponentData = { semantic: 'button', renders: 'div', style: {} };

export const reactNative: LibraryModule = {
  id: 'react-native',
  // The checkboxes React Native leaves to the community take `value` too: expo-checkbox's default export
  // (docs.expo.dev/versions/latest/sdk/checkbox) and @react-native-community/checkbox's.
  matches: (source) => (source === 'react-native' || source === 'react-native-web' || source === 'react-native-gesture-handler' ? {} : source === 'expo-checkbox' ? { component: 'Checkbox' } : source === '@react-native-community/checkbox' ? { component: 'CheckBox' } : undefined),
  components: {
    Switch: { semantic: 'switch', checkedProps: ['value'], renders: 'div', style: {} },
    Checkbox: { semantic: 'checkbox', checkedProps: ['value'], renders: 'div', style: {} },
    CheckBox: { semantic: 'checkbox', checkedProps: ['value'], renders: 'div', style: {} },
    Button: { semantic: 'button', renders: 'button', style: { base: { 'font-size': '14px' } } },
    Pressable: PRESSABLE,
    TouchableOpacity: PRESSABLE,
    TouchableHighlight: PRESSABLE,
    TouchableWithoutFeedback: PRESSABLE,
    TouchableNativeFeedback: PRESSABLE,
    RectButton: PRESSABLE,
    BorderlessButton: PRESSABLE,
    BaseButton: PRESSABLE,
    Text: { semantic: 'text', renders: 'span', style: { base: { 'font-size': '14px', color: '#000000' } } },
    TextInput: { semantic: 'input', renders: 'input', style: {} },
    Image: { semantic: 'image', renders: 'img', style: {} },
    View: VIEW,
    SafeAreaView: VIEW,
    ScrollView: VIEW,
    KeyboardAvoidingView: VIEW,
    FlatList: VIEW,
    Modal: { semantic: 'dialog', renders: 'div', style: {} },
  },
};
