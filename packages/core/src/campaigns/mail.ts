/** The outgoing e-mail of one recipient, its Message-ID and its mailto link; pure, no sending. */
import type { CampaignRecipient } from './types.js';

/** One message as the Mailer port sends it or writes it to an .eml file. */
export interface OutgoingMail {
  from: { name: string | null; address: string };
  to: { name: string; address: string };
  subject: string;
  /** Plain text, lines separated by `\n`. */
  text: string;
  /** `<left@right>`, the same on every attempt and export. */
  messageId: string;
  /** ISO timestamp for the Date header. */
  date: string;
}

/**
 * A new Message-ID on the sender's domain: `<nexo.{campaign}.{contact}.{unique}@domain>`.
 * @example newMessageId('c1', 'k2', 'x9', 'ana@example.org') // '<nexo.c1.k2.x9@example.org>'
 */
export function newMessageId(
  campaignId: string,
  contactId: string,
  unique: string,
  fromAddress: string | null,
): string {
  const domain = /@([A-Za-z0-9.-]+)$/.exec(fromAddress ?? '')?.[1] ?? 'nexo.invalid';
  const left = [campaignId, contactId, unique].map((p) => p.replace(/[^A-Za-z0-9-]/g, '')).join('.');
  return `<nexo.${left}@${domain.toLowerCase()}>`;
}

/** The message one recipient gets. */
export function outgoingMail(
  recipient: Pick<CampaignRecipient, 'toName' | 'toAddress' | 'subject' | 'body'>,
  from: { name: string | null; address: string },
  messageId: string,
  date: string,
): OutgoingMail {
  return {
    from,
    to: { name: recipient.toName, address: recipient.toAddress },
    subject: recipient.subject,
    text: recipient.body.replace(/\r\n?/g, '\n'),
    messageId,
    date,
  };
}

/**
 * A `mailto:` link (RFC 6068) that opens the draft in the user's own mail program, with line breaks
 * as CRLF and every non-ASCII character percent-encoded as UTF-8.
 */
export function mailtoLink(recipient: Pick<CampaignRecipient, 'toAddress' | 'subject' | 'body'>): string {
  const encode = (s: string) =>
    encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const to = encode(recipient.toAddress).replace(/%40/g, '@');
  const body = recipient.body.replace(/\r\n?|\n/g, '\r\n');
  return `mailto:${to}?subject=${encode(recipient.subject)}&body=${encode(body)}`;
}
