import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { submitTicketSurvey } from '@/api/support';
import './survey.css';

type SurveyValues = {
  resolved: 'yes' | 'no' | '';
  effort: string;
  followUp: 'yes' | 'no' | '';
  comment: string;
};

const EFFORT_SCALE = ['Very easy', 'Easy', 'Neither', 'Hard', 'Very hard'];

export function TicketSurvey({ ticketId, agentName }: { ticketId: string; agentName: string }) {
  const [sent, setSent] = useState(false);
  const {
    register,
    handleSubmit,
    watch,
    formState: { isSubmitting, errors },
  } = useForm<SurveyValues>({
    defaultValues: { resolved: '', effort: '', followUp: '', comment: '' },
  });

  const resolved = watch('resolved');

  if (sent) {
    return <p className="survey__thanks">Thanks — your feedback goes straight to {agentName}'s team lead.</p>;
  }

  return (
    <form
      className="survey"
      onSubmit={handleSubmit(async (values) => {
        await submitTicketSurvey(ticketId, values);
        setSent(true);
      })}
    >
      <h2 className="survey__title">How did we do on ticket #{ticketId}?</h2>

      <fieldset className="survey__question">
        <legend>Did we solve your problem?</legend>
        <label>
          <input type="radio" value="yes" {...register('resolved', { required: true })} /> Yes
        </label>
        <label>
          <input type="radio" value="no" {...register('resolved', { required: true })} /> No
        </label>
        {errors.resolved && <span className="survey__error">Pick one to continue</span>}
      </fieldset>

      <fieldset className="survey__question">
        <legend>How easy was it to get help?</legend>
        <div className="survey__scale">
          {EFFORT_SCALE.map((label) => (
            <label key={label}>
              <input type="radio" value={label} {...register('effort')} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>

      {resolved === 'no' && (
        <fieldset className="survey__question">
          <legend>Would you like {agentName} to reopen the ticket and get back to you?</legend>
          <label>
            <input type="radio" value="yes" {...register('followUp')} /> Yes
          </label>
          <label>
            <input type="radio" value="no" {...register('followUp')} /> No
          </label>
        </fieldset>
      )}

      <label className="survey__comment">
        Anything else? (optional)
        <textarea rows={4} {...register('comment')} />
      </label>

      <button type="submit" className="survey__submit" disabled={isSubmitting}>
        Send feedback
      </button>
    </form>
  );
}
