/**
 * The escalation port: a short-lived signed link to /inquiry that carries the question, the recent
 * transcript, who the user is (role, organisation) and the conversation, so the form is prefilled
 * and the reply can find its way back into the chat. Nothing in the link can be altered without
 * breaking the signature; the user only edits the form fields.
 */
import type { EscalationPort, EscalationReason, EscalationRequest, TranscriptLine } from '../../dialogs/ports/escalation';
import type { TokenClaims, TokenSigner } from '../identity/signedToken';
import type { InquiryRequester } from './inquiryRecord';
import { ROLES } from '../../dialogs/ports/identity';

export const INQUIRY_LINK_KIND = 'inquiry-link';
/** Long enough to read the offer and click; the form then carries its own longer-lived token. */
export const INQUIRY_LINK_TTL_SECONDS = 30 * 60;
/** Same claims, re-signed into the rendered form so typing slowly does not lose the context. */
export const INQUIRY_FORM_KIND = 'inquiry-form';
export const INQUIRY_FORM_TTL_SECONDS = 4 * 60 * 60;

const MAX_QUESTION = 1000;
const MAX_LINE = 300;
const MAX_LINES = 20;
/** TokenSigner refuses tokens past 8192 characters; keep room for the URL around it. */
const MAX_TOKEN_LENGTH = 7000;

export interface InquiryContext {
  question?: string;
  transcript: TranscriptLine[];
  requester?: InquiryRequester;
  conversationId?: string;
  reason?: EscalationReason;
}

interface InquiryContextClaims extends TokenClaims {
  ctx: InquiryContext;
}

function clip(value: string, max: number): string {
  const chars = [...value];
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : value;
}

/** What the link (or the chat dialog) carries into the stored inquiry: clipped, requester from the verified user. */
export function contextOf(request: EscalationRequest): InquiryContext {
  const user = request.user;
  return {
    ...(request.question ? { question: clip(request.question.trim(), MAX_QUESTION) } : {}),
    transcript: request.transcript.slice(-MAX_LINES).map((line) => ({ from: line.from, text: clip(line.text, MAX_LINE), at: line.at })),
    ...(user
      ? {
          requester: {
            userId: user.id,
            displayName: user.displayName,
            role: user.role,
            organizationId: user.organizationId,
            organizationName: user.organizationName,
          },
        }
      : {}),
    ...(request.conversationId ? { conversationId: request.conversationId } : {}),
    reason: request.reason,
  };
}

export class InquiryLinks implements EscalationPort {
  /** `baseUrl` is the public origin ('' for a site-relative link). */
  constructor(private readonly signer: TokenSigner, private readonly baseUrl = '') {}

  async inquiryLink(request: EscalationRequest): Promise<string> {
    return `${this.baseUrl}/inquiry?t=${encodeURIComponent(this.sign(INQUIRY_LINK_KIND, contextOf(request), INQUIRY_LINK_TTL_SECONDS))}`;
  }

  /** Re-signs a verified context for the hidden field of the rendered form. */
  formToken(context: InquiryContext): string {
    return this.sign(INQUIRY_FORM_KIND, context, INQUIRY_FORM_TTL_SECONDS);
  }

  /** The context in a link or form token; the failure reason otherwise. */
  read(token: string | undefined, kind: typeof INQUIRY_LINK_KIND | typeof INQUIRY_FORM_KIND):
    | { ok: true; context: InquiryContext }
    | { ok: false; reason: 'missing' | 'expired' | 'invalid' } {
    if (!token) return { ok: false, reason: 'missing' };
    const check = this.signer.verify<InquiryContextClaims>(token, kind);
    if (!check.ok) return { ok: false, reason: check.reason === 'expired' ? 'expired' : 'invalid' };
    const context = check.claims.ctx;
    if (!context || !Array.isArray(context.transcript)) return { ok: false, reason: 'invalid' };
    if (context.requester && !ROLES.includes(context.requester.role)) return { ok: false, reason: 'invalid' };
    return { ok: true, context };
  }

  /** Drops the oldest transcript lines until the token fits in a URL. */
  private sign(kind: string, context: InquiryContext, ttlSeconds: number): string {
    let trimmed = context;
    for (;;) {
      const token = this.signer.sign(kind, trimmed.requester?.userId ?? 'anonymous', ttlSeconds, { ctx: trimmed });
      if (token.length <= MAX_TOKEN_LENGTH || trimmed.transcript.length === 0) return token;
      trimmed = { ...trimmed, transcript: trimmed.transcript.slice(1) };
    }
  }
}
