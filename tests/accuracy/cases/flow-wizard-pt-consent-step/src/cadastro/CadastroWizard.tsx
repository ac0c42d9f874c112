import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { Container, Paper, Stepper } from '@mantine/core';
import { criarConta } from '@/api/contas';
import { DadosPessoaisEtapa } from './etapas/DadosPessoaisEtapa';
import { SegurancaEtapa } from './etapas/SegurancaEtapa';
import { PrivacidadeEtapa } from './etapas/PrivacidadeEtapa';
import type { CadastroForm } from './tipos';

const CAMPOS_POR_ETAPA: Array<Array<keyof CadastroForm>> = [['nome', 'cpf', 'email', 'celular'], ['senha'], []];

export function CadastroWizard({ onConcluir }: { onConcluir: (contaId: string) => void }) {
  const [etapa, setEtapa] = useState(0);
  const [erro, setErro] = useState<string | null>(null);

  const methods = useForm<CadastroForm>({
    mode: 'onTouched',
    defaultValues: {
      nome: '',
      cpf: '',
      email: '',
      celular: '',
      senha: '',
      consentimentos: {
        termos: false,
        ofertas: true,
        parceiros: false,
      },
    },
  });

  const avancar = async () => {
    const ok = await methods.trigger(CAMPOS_POR_ETAPA[etapa]);
    if (ok) setEtapa((e) => Math.min(e + 1, 2));
  };

  const voltar = () => setEtapa((e) => Math.max(e - 1, 0));

  const enviar = methods.handleSubmit(async (dados) => {
    setErro(null);
    try {
      const { id } = await criarConta(dados);
      onConcluir(id);
    } catch {
      setErro('Não conseguimos abrir sua conta agora. Tente novamente em alguns minutos.');
    }
  });

  return (
    <Container size="xs" py="xl">
      <Paper withBorder p="lg" radius="md">
        <Stepper active={etapa} size="sm" mb="lg">
          <Stepper.Step label="Seus dados" />
          <Stepper.Step label="Segurança" />
          <Stepper.Step label="Privacidade" />
        </Stepper>

        <FormProvider {...methods}>
          <form onSubmit={enviar} noValidate>
            {etapa === 0 && <DadosPessoaisEtapa onAvancar={avancar} />}
            {etapa === 1 && <SegurancaEtapa onAvancar={avancar} onVoltar={voltar} />}
            {etapa === 2 && <PrivacidadeEtapa onVoltar={voltar} erro={erro} />}
          </form>
        </FormProvider>
      </Paper>
    </Container>
  );
}
