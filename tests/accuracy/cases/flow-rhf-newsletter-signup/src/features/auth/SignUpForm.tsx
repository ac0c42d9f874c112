import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router-dom';
import { createAccount } from '@/api/auth';
import { track } from '@/lib/analytics';
import { PasswordStrength } from './PasswordStrength';
import './SignUpForm.css';

type SignUpValues = {
  name: string;
  email: string;
  password: string;
  acceptTerms: boolean;
  marketingEmails: boolean;
};

export function SignUpForm() {
  const navigate = useNavigate();
  const [serverError, setServerError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<SignUpValues>({
    defaultValues: {
      name: '',
      email: '',
      password: '',
      acceptTerms: false,
      marketingEmails: true,
    },
  });

  const password = watch('password');

  const onSubmit = async (values: SignUpValues) => {
    setServerError(null);
    try {
      await createAccount(values);
      track('signup_completed', { marketing: values.marketingEmails });
      navigate('/welcome');
    } catch (err) {
      setServerError(err instanceof Error ? err.message : 'Something went wrong. Please try again.');
    }
  };

  return (
    <form className="signup" onSubmit={handleSubmit(onSubmit)} noValidate>
      <h1 className="signup__title">Start cooking with Forkful</h1>
      <p className="signup__lead">Free for 14 days. No card needed.</p>

      <label className="signup__field">
        <span>Your name</span>
        <input type="text" autoComplete="name" {...register('name', { required: 'Tell us what to call you' })} />
        {errors.name && <em className="signup__error">{errors.name.message}</em>}
      </label>

      <label className="signup__field">
        <span>Email</span>
        <input
          type="email"
          autoComplete="email"
          {...register('email', {
            required: 'Email is required',
            pattern: { value: /^\S+@\S+\.\S+$/, message: 'That email looks off' },
          })}
        />
        {errors.email && <em className="signup__error">{errors.email.message}</em>}
      </label>

      <label className="signup__field">
        <span>Password</span>
        <input
          type="password"
          autoComplete="new-password"
          {...register('password', { required: true, minLength: { value: 10, message: 'At least 10 characters' } })}
        />
        <PasswordStrength value={password} />
        {errors.password && <em className="signup__error">{errors.password.message}</em>}
      </label>

      <label className="signup__check">
        <input type="checkbox" {...register('acceptTerms', { required: 'Please accept the terms to continue' })} />
        <span>
          I agree to the <Link to="/legal/terms">Terms of Service</Link> and{' '}
          <Link to="/legal/privacy">Privacy Policy</Link>
        </span>
      </label>
      {errors.acceptTerms && <em className="signup__error">{errors.acceptTerms.message}</em>}

      <label className="signup__check">
        <input type="checkbox" {...register('marketingEmails')} />
        <span>Send me weekly recipes, product news and special offers by email</span>
      </label>

      {serverError && (
        <p className="signup__error" role="alert">
          {serverError}
        </p>
      )}

      <button type="submit" className="signup__submit" disabled={isSubmitting}>
        {isSubmitting ? 'Creating your account…' : 'Create account'}
      </button>

      <p className="signup__footer">
        Already have an account? <Link to="/login">Sign in</Link>
      </p>
    </form>
  );
}
