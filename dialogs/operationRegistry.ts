/**
 * Operations the assistant can perform in conversation, contributed by the operation features.
 *
 * ## Contract for an operation dialog (read this before writing one)
 *
 * 1. Extend `InterruptibleDialog` (dialogs/interruptibleDialog.ts); its id is the operation id.
 *    The constructor only wires prompts and one WaterfallDialog (see 13.core-bot's BookingDialog).
 *    Do not handle ヘルプ/キャンセル/メニュー/担当者 yourself: the base class does, at every step.
 * 2. Options: `OperationDialogOptions` - `utterance` is the sentence that started the operation;
 *    fill what you can from it, then prompt only for what is missing.
 * 3. Help per step: in each step that prompts, call `this.setStepHelp(step, messages.xxxHelp)` before
 *    `step.prompt(...)`. ヘルプ shows that text and re-asks the step; keep prompts re-promptable
 *    (give `retryPrompt`), because the base class calls `repromptDialog()` after help and after
 *    a cancelled キャンセル.
 * 4. The acting user: `getUserIdentity(step.context)` from dialogs/turnServices.ts (role,
 *    organisationId, facilityType). It is resolved from the activity on every turn; never copy it
 *    into dialog state as a source of truth. Undefined means anonymous: say the operation needs a
 *    signed-in user and end.
 * 5. Result: end with `OperationDialogResult` (`{ outcome: 'completed' }`, or 'failed'). MainDialog
 *    shows nothing more after 'completed'/'failed'; your result card is the last word.
 * 6. Register in the composition root (bot/), once at start:
 *    `registry.register({ id, dialog, menuLabel, triggers, roles, facilityTypes })`.
 *    `menuLabel`: short Japanese noun phrase (「希望量の登録」). `triggers`: 3-10 natural phrases a
 *    user types to start it (「希望量を登録したい」「希望量の入力」「きぼうりょう登録」); matching
 *    folds kana/width and tolerates extra words, so list distinct wordings, not spelling variants.
 *    `roles`: who is offered the operation; `facilityTypes`: for role 'facility' only, omit = both.
 * 7. State lives in the dialog stack (conversation state in the Storage port), so a restart
 *    between two steps resumes; put nothing in module-level variables.
 * 8. All Japanese in your feature's messages.ts; tests drive the dialog with DialogTestClient and
 *    `TurnServicesMiddleware` (to set the user), table-driven like 13.core-bot's bookingDialog tests.
 */
import type { ComponentDialog } from 'botbuilder-dialogs';
import type { FacilityType, Role, UserIdentity } from './ports/identity';
import { characterScorer, type PhraseScorer } from './phraseScorer';

export interface OperationDefinition {
  /** Stable id, also the dialog's id: `request-quantity`, `transfer`… */
  id: string;
  /** Usually an InterruptibleDialog subclass. */
  dialog: ComponentDialog;
  /** Japanese label for menus and buttons (「希望量の登録」). */
  menuLabel: string;
  /** Natural Japanese phrases that start the operation (「希望量を登録したい」). */
  triggers: string[];
  /** Roles the operation is offered to. */
  roles: Role[];
  /** For role 'facility': which facility types; omitted = all. */
  facilityTypes?: FacilityType[];
}

export interface OperationMatch {
  operation: OperationDefinition;
  /** 0..1: how much of the best trigger phrase the utterance contains. */
  score: number;
}

export class OperationRegistry {
  private readonly operations = new Map<string, OperationDefinition>();

  /** `scorer`: the composition root passes `analyzerScorer(analyzer)` from the knowledge engine. */
  constructor(private readonly scorer: PhraseScorer = characterScorer) {}

  register(operation: OperationDefinition): this {
    if (operation.dialog.id !== operation.id) {
      throw new Error(`Operation "${operation.id}" must use a dialog with the same id (got "${operation.dialog.id}")`);
    }
    if (this.operations.has(operation.id)) throw new Error(`Operation "${operation.id}" is already registered`);
    if (operation.triggers.length === 0) throw new Error(`Operation "${operation.id}" needs at least one trigger phrase`);
    this.operations.set(operation.id, operation);
    return this;
  }

  all(): OperationDefinition[] {
    return [...this.operations.values()];
  }

  get(id: string): OperationDefinition | undefined {
    return this.operations.get(id);
  }

  /** What this user may start: anonymous users get no operations. */
  forUser(user: UserIdentity | undefined): OperationDefinition[] {
    if (!user) return [];
    return this.all().filter(
      (operation) =>
        operation.roles.includes(user.role) &&
        (user.role !== 'facility' || !operation.facilityTypes || !user.facilityType || operation.facilityTypes.includes(user.facilityType)),
    );
  }

  /** The user's operations scored against the utterance, best first, zero scores dropped. */
  match(utterance: string, user: UserIdentity | undefined): OperationMatch[] {
    return this.forUser(user)
      .map((operation) => ({
        operation,
        score: Math.max(...operation.triggers.map((trigger) => this.scorer(trigger, utterance))),
      }))
      .filter((match) => match.score > 0)
      .sort((a, b) => b.score - a.score);
  }
}
