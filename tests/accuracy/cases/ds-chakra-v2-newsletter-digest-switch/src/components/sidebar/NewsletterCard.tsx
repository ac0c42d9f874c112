import {
  Box,
  Button,
  FormControl,
  FormErrorMessage,
  FormLabel,
  Heading,
  Input,
  Stack,
  Switch,
  Text,
  useToast,
} from '@chakra-ui/react';
import { Controller, useForm } from 'react-hook-form';
import { subscribe } from '@/lib/newsletter';

interface NewsletterForm {
  email: string;
  dealsDigest: boolean;
}

export function NewsletterCard() {
  const toast = useToast();
  const {
    register,
    control,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<NewsletterForm>({ defaultValues: { email: '', dealsDigest: false } });

  const onSubmit = async (values: NewsletterForm) => {
    try {
      await subscribe({ ...values, list: 'the-sprint' });
      toast({ status: 'success', title: 'Check your inbox to confirm your subscription.' });
      reset();
    } catch {
      toast({ status: 'error', title: 'That did not work. Please try again.' });
    }
  };

  return (
    <Box as="section" aria-labelledby="newsletter-heading" borderWidth="1px" borderRadius="lg" p={5} bg="white">
      <Heading id="newsletter-heading" size="sm" mb={2}>
        Get The Sprint in your inbox
      </Heading>
      <Text fontSize="sm" color="gray.600" mb={4}>
        One email every Monday with the week&apos;s best posts on running product teams.
      </Text>
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <Stack spacing={3}>
          <FormControl isInvalid={!!errors.email}>
            <FormLabel fontSize="sm">Email</FormLabel>
            <Input
              type="email"
              size="sm"
              placeholder="you@company.com"
              {...register('email', { required: 'Enter your email address' })}
            />
            <FormErrorMessage>{errors.email?.message}</FormErrorMessage>
          </FormControl>
          <FormControl display="flex" alignItems="center">
            <Controller
              name="dealsDigest"
              control={control}
              render={({ field }) => (
                <Switch
                  id="deals-digest"
                  size="sm"
                  isChecked={field.value}
                  onChange={(e) => field.onChange(e.target.checked)}
                />
              )}
            />
            <FormLabel htmlFor="deals-digest" mb={0} ml={2} fontSize="sm">
              Also send me the Friday deals digest from our sponsors
            </FormLabel>
          </FormControl>
          <Text fontSize="sm" color="gray.600">
            We only use your email to send what you pick here.
          </Text>
          <Button type="submit" size="sm" colorScheme="purple" isLoading={isSubmitting}>
            Subscribe
          </Button>
        </Stack>
      </form>
    </Box>
  );
}
