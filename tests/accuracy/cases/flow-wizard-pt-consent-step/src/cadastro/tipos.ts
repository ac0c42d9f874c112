export type CadastroForm = {
  nome: string;
  cpf: string;
  email: string;
  celular: string;
  senha: string;
  consentimentos: {
    termos: boolean;
    ofertas: boolean;
    parceiros: boolean;
  };
};
