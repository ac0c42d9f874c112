import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Container,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { isEmail, hasLength, useForm } from '@mantine/form';
import { registerAccount } from '@/api/auth';

interface SignUpValues {
  name: string;
  email: string;
  password: string;
  marketing: boolean;
}

export function SignUpPage() {
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);

  const form = useForm<SignUpValues>({
    mode: 'uncontrolled',
    initialValues: { name: '', email: '', password: '', marketing: true },
    validate: {
      name: hasLength({ min: 1 }, 'Tell us what to call you'),
      email: isEmail('Enter a valid email'),
      password: hasLength({ min: 10 }, 'Use at least 10 characters'),
    },
  });

  const handleSubmit = async (values: SignUpValues) => {
    setError(null);
    try {
      await registerAccount(values);
      navigate('/welcome');
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Something went wrong');
    }
  };

  return (
    <Container size={420} my={48}>
      <Title order={2} ta="center">
        Create your Trailhead account
      </Title>
      <Text c="dimmed" size="sm" ta="center" mt={5}>
        Already a member?{' '}
        <Anchor component={Link} to="/login" size="sm">
          Log in
        </Anchor>
      </Text>

      <Paper withBorder shadow="sm" p="lg" mt="lg" radius="md">
        <form onSubmit={form.onSubmit(handleSubmit)}>
          <Stack gap="sm">
            {error && <Alert color="red">{error}</Alert>}
            <TextInput label="Name" key={form.key('name')} {...form.getInputProps('name')} />
            <TextInput label="Email" key={form.key('email')} {...form.getInputProps('email')} />
            <PasswordInput label="Password" key={form.key('password')} {...form.getInputProps('password')} />
            <Button type="submit" fullWidth mt="sm" loading={form.submitting}>
              Create account
            </Button>
            <Checkbox
              size="xs"
              label="Email me trail deals and offers from Trailhead and selected outdoor partners"
              key={form.key('marketing')}
              {...form.getInputProps('marketing', { type: 'checkbox' })}
            />
            <Text size="xs" c="dimmed">
              By creating an account you agree to our{' '}
              <Anchor component={Link} to="/terms" size="xs">
                Terms
              </Anchor>{' '}
              and{' '}
              <Anchor component={Link} to="/privacy" size="xs">
                Privacy Policy
              </Anchor>
              .
            </Text>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
