import { Controller, useFormContext } from 'react-hook-form';
import { Alert, Anchor, Button, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import type { CadastroForm } from '../tipos';

type Props = {
  onVoltar: () => void;
  erro: string | null;
};

export function PrivacidadeEtapa({ onVoltar, erro }: Props) {
  const {
    control,
    formState: { errors, isSubmitting },
  } = useFormContext<CadastroForm>();

  return (
    <Stack gap="md">
      <Title order={3}>Privacidade e termos</Title>
      <Text size="sm">
        Estamos quase lá. Revise como o Banco Aurora vai usar seus dados antes de abrir sua conta.
      </Text>

      <Controller
        name="consentimentos.termos"
        control={control}
        rules={{ validate: (v) => v || 'Você precisa aceitar os termos para abrir a conta.' }}
        render={({ field }) => (
          <Checkbox
            checked={field.value}
            onChange={(e) => field.onChange(e.currentTarget.checked)}
            error={errors.consentimentos?.termos?.message}
            label={
              <>
                Li e aceito os{' '}
                <Anchor href="/termos" target="_blank">
                  Termos de Uso
                </Anchor>{' '}
                e a{' '}
                <Anchor href="/privacidade" target="_blank">
                  Política de Privacidade
                </Anchor>
              </>
            }
          />
        )}
      />

      <Controller
        name="consentimentos.ofertas"
        control={control}
        render={({ field }) => (
          <Checkbox
            checked={field.value}
            onChange={(e) => field.onChange(e.currentTarget.checked)}
            label="Quero receber ofertas, novidades e conteúdos do Banco Aurora por e-mail e WhatsApp"
          />
        )}
      />

      <Controller
        name="consentimentos.parceiros"
        control={control}
        render={({ field }) => (
          <Checkbox
            checked={field.value}
            onChange={(e) => field.onChange(e.currentTarget.checked)}
            label="Autorizo o compartilhamento dos meus dados cadastrais com empresas parceiras para ofertas personalizadas"
          />
        )}
      />

      {erro && (
        <Alert color="red" variant="light">
          {erro}
        </Alert>
      )}

      <Group justify="space-between" mt="md">
        <Button variant="default" onClick={onVoltar}>
          Voltar
        </Button>
        <Button type="submit" loading={isSubmitting}>
          Criar minha conta
        </Button>
      </Group>
    </Stack>
  );
}
