/**
 * The chat inquiry as the composition root registers it. It is started by the button next to the
 * form link in every inquiry offer (the button sends its menu label) or by typing one of the
 * triggers; every signed-in role may use it.
 */
import type { OperationDefinition } from '../operationRegistry';
import type { InquiryIntake } from '../ports/inquiryIntake';
import { ROLES } from '../ports/identity';
import { CHAT_INQUIRY_ID, InquiryDialog } from './inquiryDialog';
import { CHAT_INQUIRY_LABEL } from './messages';

export { CHAT_INQUIRY_ID };

export function chatInquiryOperation(intake: InquiryIntake): OperationDefinition {
  return {
    id: CHAT_INQUIRY_ID,
    dialog: new InquiryDialog(intake),
    menuLabel: CHAT_INQUIRY_LABEL,
    // Not 「問い合わせたい」 alone: that is the global 担当者 command, which offers both ways.
    triggers: ['チャットで問い合わせたい', 'チャットで問い合わせる', 'ここで問い合わせたい', 'チャットから問い合わせを送りたい'],
    roles: [...ROLES],
  };
}
