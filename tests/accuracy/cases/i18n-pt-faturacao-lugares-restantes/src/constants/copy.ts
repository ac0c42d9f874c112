export const COPY = {
  billing: {
    title: 'Faturação',
    planLabel: 'Plano atual',
    planName: (seats: number) => `Equipa · ${seats} lugares`,
    seatsLeft: (n: number) =>
      n === 1 ? 'Resta apenas 1 lugar no seu plano.' : `Restam apenas ${n} lugares no seu plano.`,
    seatsFull: 'Todos os lugares do seu plano estão ocupados.',
    invite: 'Convidar membro',
    nextInvoice: (amount: string, date: string) => `Próxima fatura: ${amount} a ${date}`,
    paymentMethod: 'Método de pagamento',
    changeCard: 'Alterar cartão',
    invoices: 'Faturas',
    download: 'Descarregar PDF',
    empty: 'Ainda não tem faturas.',
    loadError: 'Não foi possível carregar os dados de faturação.',
  },
} as const;
