import NextLink from 'next/link';
import {
  Button,
  Link,
  Modal,
  ModalBody,
  ModalContent,
  ModalFooter,
  ModalHeader,
  ModalOverlay,
  Text,
  useToast,
} from '@chakra-ui/react';
import { useState } from 'react';
import { acceptTerms, snoozeTermsPrompt } from '@/api/legal';
import type { TermsRevision } from '@/types/legal';

interface TermsUpdateModalProps {
  revision: TermsRevision;
  isOpen: boolean;
  onClose: () => void;
}

export function TermsUpdateModal({ revision, isOpen, onClose }: TermsUpdateModalProps) {
  const toast = useToast();
  const [isAccepting, setIsAccepting] = useState(false);

  const handleAccept = async () => {
    setIsAccepting(true);
    try {
      await acceptTerms(revision.id);
      onClose();
    } catch {
      toast({ status: 'error', title: 'We could not record your acceptance. Please try again.' });
    } finally {
      setIsAccepting(false);
    }
  };

  const handleLater = async () => {
    await snoozeTermsPrompt(revision.id);
    onClose();
  };

  return (
    <Modal isOpen={isOpen} onClose={handleLater} isCentered closeOnOverlayClick={false} size="lg">
      <ModalOverlay />
      <ModalContent>
        <ModalHeader>We&apos;ve updated our terms</ModalHeader>
        <ModalBody>
          <Text mb={3}>
            Our Terms of Service and Privacy Notice are changing on {revision.effectiveDate}. Please review and accept
            them to keep using Ledgerly after that date.
          </Text>
          <Link as={NextLink} href={`/legal/updates/${revision.id}`} color="blue.600" fontWeight="medium">
            Learn more
          </Link>
        </ModalBody>
        <ModalFooter gap={3}>
          <Button variant="ghost" onClick={handleLater}>
            Remind me later
          </Button>
          <Button colorScheme="blue" isLoading={isAccepting} onClick={handleAccept}>
            Accept
          </Button>
        </ModalFooter>
      </ModalContent>
    </Modal>
  );
}
