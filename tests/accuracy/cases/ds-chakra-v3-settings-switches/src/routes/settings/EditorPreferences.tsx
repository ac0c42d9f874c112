import { useState } from 'react';
import { Box, Button, Card, Dialog, Heading, Portal, Stack, Switch, Text } from '@chakra-ui/react';
import { useEditorPrefs, DEFAULT_EDITOR_PREFS, type EditorPrefs } from '@/state/editorPrefs';

const ROWS: { key: keyof EditorPrefs; label: string; hint: string }[] = [
  { key: 'autosave', label: 'Autosave drafts', hint: 'Saves every 30 seconds while you type.' },
  { key: 'spellcheck', label: 'Check spelling as I type', hint: 'Uses your browser dictionary.' },
  { key: 'reduceMotion', label: 'Reduce motion', hint: 'Turns off slide and fade animations.' },
  { key: 'showWordCount', label: 'Show word count', hint: 'Displayed in the bottom-right corner.' },
];

export function EditorPreferences() {
  const { prefs, setPref, replacePrefs } = useEditorPrefs();
  const [confirmOpen, setConfirmOpen] = useState(false);

  return (
    <Stack gap="6" maxW="xl">
      <Heading size="lg">Editor</Heading>
      <Card.Root variant="outline">
        <Card.Body>
          <Stack gap="5">
            {ROWS.map((row) => (
              <Switch.Root
                key={row.key}
                checked={prefs[row.key]}
                onCheckedChange={(e) => setPref(row.key, e.checked)}
                justifyContent="space-between"
                width="full"
              >
                <Box>
                  <Switch.Label fontWeight="medium">{row.label}</Switch.Label>
                  <Text textStyle="sm" color="fg.muted">
                    {row.hint}
                  </Text>
                </Box>
                <Switch.HiddenInput />
                <Switch.Control />
              </Switch.Root>
            ))}
          </Stack>
        </Card.Body>
      </Card.Root>

      <Dialog.Root role="alertdialog" open={confirmOpen} onOpenChange={(e) => setConfirmOpen(e.open)}>
        <Dialog.Trigger asChild>
          <Button variant="outline" colorPalette="red" alignSelf="flex-start">
            Reset editor preferences
          </Button>
        </Dialog.Trigger>
        <Portal>
          <Dialog.Backdrop />
          <Dialog.Positioner>
            <Dialog.Content>
              <Dialog.Header>
                <Dialog.Title>Reset editor preferences?</Dialog.Title>
              </Dialog.Header>
              <Dialog.Body>
                <Text>All four settings go back to their defaults on every device you use.</Text>
              </Dialog.Body>
              <Dialog.Footer>
                <Dialog.ActionTrigger asChild>
                  <Button variant="ghost">Cancel</Button>
                </Dialog.ActionTrigger>
                <Button
                  colorPalette="red"
                  onClick={() => {
                    replacePrefs(DEFAULT_EDITOR_PREFS);
                    setConfirmOpen(false);
                  }}
                >
                  Reset
                </Button>
              </Dialog.Footer>
            </Dialog.Content>
          </Dialog.Positioner>
        </Portal>
      </Dialog.Root>
    </Stack>
  );
}
