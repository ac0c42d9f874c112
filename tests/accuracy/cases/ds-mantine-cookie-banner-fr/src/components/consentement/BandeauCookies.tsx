import { useState } from 'react';
import { Anchor, Button, Divider, Group, Modal, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { enregistrerConsentement, type Choix } from '@/lib/consentement';
import { useConsentementExistant } from '@/hooks/useConsentementExistant';

const AUCUN: Choix = { audience: false, publicite: false };
const TOUS: Choix = { audience: true, publicite: true };

export function BandeauCookies() {
  const dejaRepondu = useConsentementExistant();
  const [visible, setVisible] = useState(!dejaRepondu);
  const [reglagesOuverts, reglages] = useDisclosure(false);
  const [choix, setChoix] = useState<Choix>(AUCUN);

  const valider = async (valeurs: Choix) => {
    await enregistrerConsentement(valeurs);
    reglages.close();
    setVisible(false);
  };

  if (!visible) return null;

  return (
    <>
      <Paper
        role="dialog"
        aria-labelledby="bandeau-cookies-titre"
        shadow="xl"
        p="lg"
        radius={0}
        pos="fixed"
        bottom={0}
        left={0}
        right={0}
        style={{ zIndex: 200 }}
      >
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
          <Stack gap={4} maw={640}>
            <Title order={2} size="h5" id="bandeau-cookies-titre">
              Vos choix sur Le Quotidien des Alpes
            </Title>
            <Text size="sm">
              Nous utilisons des cookies pour mesurer l&apos;audience du site et, avec votre accord, pour afficher des
              publicités personnalisées avec nos partenaires. Vous pouvez changer d&apos;avis à tout moment.
            </Text>
          </Stack>
          <Group gap="sm">
            <Button variant="subtle" onClick={reglages.open}>
              Personnaliser
            </Button>
            <Button variant="default" onClick={() => valider(AUCUN)}>
              Tout refuser
            </Button>
            <Button onClick={() => valider(TOUS)}>Tout accepter</Button>
          </Group>
        </Group>
      </Paper>

      <Modal opened={reglagesOuverts} onClose={reglages.close} title="Paramètres des cookies" size="lg" centered>
        <Stack gap="md">
          <Switch defaultChecked disabled label="Cookies nécessaires au fonctionnement du site (toujours actifs)" />
          <Switch
            checked={choix.audience}
            onChange={(e) => setChoix({ ...choix, audience: e.currentTarget.checked })}
            label="Mesure d'audience : nombre de visites et articles les plus lus"
          />
          <Switch
            checked={choix.publicite}
            onChange={(e) => setChoix({ ...choix, publicite: e.currentTarget.checked })}
            label="Publicité personnalisée par nos partenaires publicitaires"
          />
          <Anchor href="/confidentialite#partenaires" size="sm">
            Liste de nos partenaires publicitaires
          </Anchor>
          <Divider />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => valider(AUCUN)}>
              Tout refuser
            </Button>
            <Button variant="default" onClick={() => valider(choix)}>
              Enregistrer mes choix
            </Button>
            <Button onClick={() => valider(TOUS)}>Tout accepter</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
