import { Formik } from 'formik';
import * as Yup from 'yup';
import { Alert, Button, Card, Form, Spinner } from 'react-bootstrap';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getProfile, updateProfile, type Profile } from '@/api/profile';

const schema = Yup.object({
  displayName: Yup.string().trim().required('Add a display name'),
  headline: Yup.string().max(120, 'Keep it under 120 characters'),
  birthDate: Yup.string().nullable(),
});

export function ProfileForm() {
  const queryClient = useQueryClient();
  const { data: profile, isLoading, isError } = useQuery({ queryKey: ['profile'], queryFn: getProfile });
  const save = useMutation({
    mutationFn: (values: Profile) => updateProfile(values),
    onSuccess: (updated) => queryClient.setQueryData(['profile'], updated),
  });

  if (isLoading) {
    return <Spinner animation="border" role="status" className="m-4" />;
  }
  if (isError || !profile) {
    return <Alert variant="danger">We couldn't load your profile. Refresh to try again.</Alert>;
  }

  return (
    <Card className="p-4">
      <h2 className="h4 mb-3">Profile</h2>
      <Formik<Profile>
        initialValues={{
          displayName: profile.displayName,
          headline: profile.headline ?? '',
          birthDate: profile.birthDate ?? '',
          openToWork: profile.openToWork,
          jobAlerts: profile.jobAlerts,
          marketingEmails: profile.marketingEmails,
        }}
        enableReinitialize
        validationSchema={schema}
        onSubmit={(values) => save.mutateAsync(values)}
      >
        {({ values, errors, touched, handleChange, handleBlur, handleSubmit, isSubmitting, dirty }) => (
          <Form noValidate onSubmit={handleSubmit}>
            <Form.Group className="mb-3" controlId="displayName">
              <Form.Label>Display name</Form.Label>
              <Form.Control
                name="displayName"
                value={values.displayName}
                onChange={handleChange}
                onBlur={handleBlur}
                isInvalid={touched.displayName && !!errors.displayName}
              />
              <Form.Control.Feedback type="invalid">{errors.displayName}</Form.Control.Feedback>
            </Form.Group>

            <Form.Group className="mb-3" controlId="headline">
              <Form.Label>Headline</Form.Label>
              <Form.Control name="headline" value={values.headline} onChange={handleChange} onBlur={handleBlur} />
            </Form.Group>

            <Form.Group className="mb-4" controlId="birthDate">
              <Form.Label>Date of birth</Form.Label>
              <Form.Control type="date" name="birthDate" value={values.birthDate} onChange={handleChange} />
              <Form.Text>Only used to check you're old enough for certain roles. Never shown to employers.</Form.Text>
            </Form.Group>

            <h3 className="h6">Visibility and email</h3>
            <Form.Check
              className="mb-2"
              type="switch"
              id="openToWork"
              name="openToWork"
              label="Show recruiters that I'm open to work"
              checked={values.openToWork}
              onChange={handleChange}
            />
            <Form.Check
              className="mb-2"
              type="switch"
              id="jobAlerts"
              name="jobAlerts"
              label="Email me new jobs that match my saved searches"
              checked={values.jobAlerts}
              onChange={handleChange}
            />
            <Form.Check
              className="mb-4"
              type="switch"
              id="marketingEmails"
              name="marketingEmails"
              label="Send me Hireline news, events and partner offers"
              checked={values.marketingEmails}
              onChange={handleChange}
            />

            {save.isError && <Alert variant="danger">Saving failed. Your changes are still here.</Alert>}
            {save.isSuccess && !dirty && <Alert variant="success">Profile saved.</Alert>}

            <Button type="submit" variant="primary" disabled={!dirty || isSubmitting}>
              {isSubmitting ? 'Saving…' : 'Save changes'}
            </Button>
          </Form>
        )}
      </Formik>
    </Card>
  );
}
