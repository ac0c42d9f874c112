import {
  Alert,
  AlertIcon,
  Badge,
  Box,
  Button,
  Card,
  CardBody,
  CardHeader,
  Heading,
  HStack,
  Link,
  Progress,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  useDisclosure,
} from '@chakra-ui/react';
import { useQuery } from '@tanstack/react-query';
import { format } from 'date-fns';
import { fetchWorkspaceBilling } from '@/api/workspace';
import { InviteTeammatesModal } from '@/features/members/InviteTeammatesModal';

export function TeamBillingPage({ workspaceId }: { workspaceId: string }) {
  const invite = useDisclosure();
  const { data, isLoading, isError } = useQuery({
    queryKey: ['billing', workspaceId],
    queryFn: () => fetchWorkspaceBilling(workspaceId),
  });

  if (isLoading) return <Skeleton height="240px" borderRadius="lg" />;
  if (isError || !data) {
    return (
      <Alert status="error">
        <AlertIcon />
        Billing details are unavailable right now.
      </Alert>
    );
  }

  const seatsLeft = data.seatsPurchased - data.seatsUsed;

  return (
    <SimpleGrid columns={{ base: 1, lg: 2 }} spacing={6}>
      <Card variant="outline">
        <CardHeader pb={0}>
          <Heading size="md">Seats</Heading>
        </CardHeader>
        <CardBody>
          <Stack spacing={3}>
            <Text>
              {data.seatsUsed} of {data.seatsPurchased} seats in use
            </Text>
            <Progress value={(data.seatsUsed / data.seatsPurchased) * 100} colorScheme="purple" borderRadius="full" />
            {seatsLeft <= 3 && (
              <Text color="orange.600" fontWeight="medium">
                Only {seatsLeft} seats left in your plan. Guests and viewers don't use a seat.
              </Text>
            )}
            <HStack>
              <Button colorScheme="purple" onClick={invite.onOpen} isDisabled={seatsLeft === 0}>
                Invite teammates
              </Button>
            </HStack>
          </Stack>
        </CardBody>
      </Card>

      <Card variant="outline">
        <CardHeader pb={0}>
          <HStack justify="space-between">
            <Heading size="md">Plan</Heading>
            <Badge colorScheme="purple">{data.planName}</Badge>
          </HStack>
        </CardHeader>
        <CardBody>
          <Stack spacing={2}>
            <Text>
              {data.seatsPurchased} seats × {data.pricePerSeat} per month, billed to {data.billingEmail}.
            </Text>
            <Text>Next invoice on {format(new Date(data.nextInvoiceAt), 'MMMM d, yyyy')}.</Text>
            <Box>
              <Link href={`/w/${workspaceId}/settings/billing/invoices`} color="purple.600">
                View past invoices
              </Link>
            </Box>
            <Text fontSize="sm">Need more seats? Workspace owners can change the plan from the owner console.</Text>
          </Stack>
        </CardBody>
      </Card>

      <InviteTeammatesModal isOpen={invite.isOpen} onClose={invite.onClose} seatsLeft={seatsLeft} />
    </SimpleGrid>
  );
}
