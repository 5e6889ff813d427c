/**
 * The one way a validated inquiry becomes a stored record, whether it came from the /inquiry form
 * or was collected in the chat: the typed fields plus what the signed context carries (transcript,
 * requester, conversation for the reply, reason), never anything the user could alter.
 */
import type { InquiryContext } from './inquiryLink';
import type { NewInquiry } from './inquiryStore';
import type { ValidInquiry } from './inquiryValidation';

export function newInquiry(value: ValidInquiry, context?: InquiryContext): NewInquiry {
  return {
    ...value,
    transcript: context?.transcript ?? [],
    ...(context?.requester ? { requester: context.requester } : {}),
    ...(context?.conversationId ? { conversationId: context.conversationId } : {}),
    ...(context?.reason ? { reason: context.reason } : {}),
  };
}
