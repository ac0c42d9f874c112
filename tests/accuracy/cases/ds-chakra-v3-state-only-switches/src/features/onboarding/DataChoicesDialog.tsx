import { useState } from 'react';
import { Button, Dialog, Icon, Portal, SimpleGrid, Stack, Switch, Text } from '@chakra-ui/react';
import { LuHeartPulse, LuMapPin, LuMegaphone } from 'react-icons/lu';
import type { IconType } from 'react-icons';
import { Tooltip } from '@/components/ui/tooltip';
import { saveDataChoices, type DataChoices } from '@/api/privacy';

interface Tile {
  key: keyof DataChoices;
  icon: IconType;
  description: string;
}

const TILES: Tile[] = [
  { key: 'coachingPartners', icon: LuHeartPulse, description: 'Share heart-rate and pace data with coaching partners' },
  { key: 'routeInsights', icon: LuMapPin, description: 'Use my GPS routes for aggregated city insights sold to councils' },
  { key: 'sponsoredOffers', icon: LuMegaphone, description: 'Personalise sponsored offers from sports brands' },
];

interface DataChoicesDialogProps {
  open: boolean;
  onComplete: () => void;
}

export function DataChoicesDialog({ open, onComplete }: DataChoicesDialogProps) {
  const [choices, setChoices] = useState<DataChoices>({
    coachingPartners: false,
    routeInsights: false,
    sponsoredOffers: false,
  });
  const [saving, setSaving] = useState(false);

  const handleSave = async () => {
    setSaving(true);
    try {
      await saveDataChoices(choices);
      onComplete();
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog.Root open={open} placement="center" closeOnInteractOutside={false}>
      <Portal>
        <Dialog.Backdrop />
        <Dialog.Positioner>
          <Dialog.Content>
            <Dialog.Header>
              <Dialog.Title>Your data, your call</Dialog.Title>
            </Dialog.Header>
            <Dialog.Body>
              <Text mb="5" color="fg.muted">
                Stride records your runs on this phone. Choose what else we may do with your activity data.
              </Text>
              <SimpleGrid columns={3} gap="3">
                {TILES.map((tile) => (
                  <Stack key={tile.key} align="center" gap="3" p="4" borderWidth="1px" rounded="l2">
                    <Tooltip content={tile.description}>
                      <Icon as={tile.icon} boxSize="7" color="teal.600" />
                    </Tooltip>
                    <Switch.Root
                      size="sm"
                      colorPalette="teal"
                      checked={choices[tile.key]}
                      onCheckedChange={(e) => setChoices((prev) => ({ ...prev, [tile.key]: e.checked }))}
                    >
                      <Switch.HiddenInput aria-label={tile.description} />
                      <Switch.Control />
                      <Switch.Label>{choices[tile.key] ? 'On' : 'Off'}</Switch.Label>
                    </Switch.Root>
                  </Stack>
                ))}
              </SimpleGrid>
            </Dialog.Body>
            <Dialog.Footer>
              <Button colorPalette="teal" loading={saving} onClick={handleSave}>
                Save and continue
              </Button>
            </Dialog.Footer>
          </Dialog.Content>
        </Dialog.Positioner>
      </Portal>
    </Dialog.Root>
  );
}
