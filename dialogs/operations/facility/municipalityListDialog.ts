/**
 * The prefecture's side: the municipalities of its own prefecture (the core refuses any other)
 * with how many facilities each has, in one card. Read-only, one turn.
 */
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { CoreSystemError, type CoreSystem } from '../../ports/coreSystem';
import { InterruptibleDialog, type OperationDialogResult } from '../../interruptibleDialog';
import { getUserIdentity } from '../../turnServices';
import { sharedMessages } from '../shared/messages';
import { cardMessage } from '../shared/operationCard';
import { facilityMessages as text } from './messages';

const WATERFALL = 'municipality-list-steps';

export class MunicipalityListDialog extends InterruptibleDialog {
  static readonly id = 'municipality-list';

  constructor(private readonly core: CoreSystem) {
    super(MunicipalityListDialog.id, text.municipalityListLabel);
    this.addDialog(new WaterfallDialog(WATERFALL, [this.listStep.bind(this)]));
    this.initialDialogId = WATERFALL;
  }

  private async listStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const user = getUserIdentity(step.context);
    let outcome: OperationDialogResult['outcome'] = 'failed';
    if (!user) {
      await step.context.sendActivity(sharedMessages.signInRequired(text.municipalityListLabel));
    } else if (user.role !== 'prefecture') {
      await step.context.sendActivity(text.municipalityListOnlyPrefecture);
    } else {
      try {
        const municipalities = await this.core.listMunicipalities(user, user.organizationId);
        if (municipalities.length === 0) {
          await step.context.sendActivity(text.noMunicipalities(user.organizationName));
        } else {
          const counts = await Promise.all(municipalities.map((m) => this.core.listFacilities(user, m.id).then((f) => f.length)));
          const facts = municipalities.map((m, i) => ({ label: m.name, value: text.municipalityRow(counts[i]) }));
          const title = text.municipalityListTitle(user.organizationName, municipalities.length);
          await step.context.sendActivity(cardMessage(title, { title, facts }));
        }
        outcome = 'completed';
      } catch (error) {
        const refused = error instanceof CoreSystemError && (error.kind === 'forbidden' || error.kind === 'unauthorized');
        await step.context.sendActivity(refused ? sharedMessages.failedForbidden(error.detail) : sharedMessages.lookupFailed);
      }
    }
    const result: OperationDialogResult = { outcome, summary: text.municipalityListLabel };
    return step.endDialog(result);
  }
}
