import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormattedMessage, useIntl } from 'react-intl';
import { fetchAccount, updateMarketingPreference } from '@/api/account';
import { Spinner } from '@/components/Spinner';
import { messages } from './messages';
import './AccountPage.css';

export function AccountPage() {
  const intl = useIntl();
  const queryClient = useQueryClient();
  const { data: account, isLoading, isError } = useQuery({ queryKey: ['account'], queryFn: fetchAccount });
  const preference = useMutation({
    mutationFn: (optIn: boolean) => updateMarketingPreference({ email: optIn }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['account'] }),
  });

  if (isLoading) return <Spinner />;
  if (isError || !account) return <p role="alert">{intl.formatMessage(messages.loadError)}</p>;

  return (
    <div className="account">
      <h1>{intl.formatMessage(messages.heading)}</h1>

      <section className="account__card">
        <h2>{intl.formatMessage(messages.profile)}</h2>
        <dl className="account__details">
          <dt>
            <FormattedMessage id="account.profile.name" defaultMessage="Nome" />
          </dt>
          <dd>{account.fullName}</dd>
          <dt>
            <FormattedMessage id="account.profile.email" defaultMessage="E-mail" />
          </dt>
          <dd>{account.email}</dd>
        </dl>
        <a className="account__link" href="/conta/dados">
          {intl.formatMessage(messages.editProfile)}
        </a>
      </section>

      {account.marketingEmail === null && (
        <section className="account__card account__prompt" aria-labelledby="marketing-prompt-title">
          <h2 id="marketing-prompt-title">{intl.formatMessage(messages.promptTitle)}</h2>
          <p>{intl.formatMessage(messages.promptBody)}</p>
          <div className="account__prompt-actions">
            <button
              type="button"
              className="button button--primary"
              disabled={preference.isPending}
              onClick={() => preference.mutate(true)}
            >
              {intl.formatMessage(messages.yes)}
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={preference.isPending}
              onClick={() => preference.mutate(false)}
            >
              {intl.formatMessage(messages.no)}
            </button>
          </div>
          {preference.isSuccess && <p className="account__saved">{intl.formatMessage(messages.saved)}</p>}
        </section>
      )}
    </div>
  );
}
