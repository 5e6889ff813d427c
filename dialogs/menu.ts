/**
 * The welcome and the menu for a user: only what really works for their role - the operations
 * registered for it and example questions the manuals answer - as suggested actions.
 */
import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { OperationRegistry } from './operationRegistry';
import type { UserIdentity } from './ports/identity';
import * as text from './messages';
import { MENU_PARKED_HEADING, RESUME_BUTTON } from './parkedMessages';
import { WELCOME_TEXT, WELCOME_TITLE } from './welcomeMessages';

function menuButtons(user: UserIdentity | undefined, registry: OperationRegistry): string[] {
  const operations = registry.forUser(user).map((operation) => operation.menuLabel);
  const examples = user ? text.EXAMPLE_QUESTIONS[user.role] : text.EXAMPLE_QUESTIONS_ANONYMOUS;
  return [...operations, ...examples];
}

function menuBody(user: UserIdentity | undefined, registry: OperationRegistry): string {
  const operations = registry.forUser(user).map((operation) => `・${operation.menuLabel}`);
  const examples = (user ? text.EXAMPLE_QUESTIONS[user.role] : text.EXAMPLE_QUESTIONS_ANONYMOUS).map((q) => `・${q}`);
  const parts = [text.MENU_INTRO];
  if (operations.length > 0) parts.push(`${text.MENU_OPERATIONS_HEADING}\n${operations.join('\n')}`);
  parts.push(`${text.MENU_QUESTIONS_HEADING}\n${examples.join('\n')}`);
  return parts.join('\n\n');
}

/** @param parked menu labels of operations set aside with 「あとで」: offered first, to resume. */
export function menuActivity(user: UserIdentity | undefined, registry: OperationRegistry, lead?: string, parked: string[] = []): Partial<Activity> {
  const parts = [lead, parked.length > 0 ? `${MENU_PARKED_HEADING}\n${parked.map((label) => `・${RESUME_BUTTON(label)}`).join('\n')}` : undefined, menuBody(user, registry)];
  const buttons = [...parked.map(RESUME_BUTTON), ...menuButtons(user, registry)];
  return MessageFactory.suggestedActions(buttons, parts.filter(Boolean).join('\n\n'));
}

export function welcomeActivity(user: UserIdentity | undefined, registry: OperationRegistry): Partial<Activity> {
  const roleLine = user ? text.WELCOME_BY_ROLE[user.role] : text.WELCOME_ANONYMOUS;
  const greeting = user ? `${user.displayName}さん、${WELCOME_TEXT}` : WELCOME_TEXT;
  const card = CardFactory.heroCard(WELCOME_TITLE, `${greeting}\n\n${roleLine}`);
  const activity = MessageFactory.suggestedActions(menuButtons(user, registry), menuBody(user, registry));
  activity.attachments = [card];
  return activity;
}
