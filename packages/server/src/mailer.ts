/**
 * The Mailer port implemented with nodemailer: one pooled SMTP connection per send, and the same
 * MIME composer for .eml exports, so an exported message is byte for byte what would be sent.
 */
// nodemailer is loaded on first use: held from start-up it costs every server ~12 MB of memory.
import type Mail from 'nodemailer/lib/mailer/index.js';
import type { Mailer, OutgoingMail, SmtpConfig } from '@nexo/core';

const CONNECT_TIMEOUT_MS = 15_000;
const SOCKET_TIMEOUT_MS = 60_000;

function mailOptions(mail: OutgoingMail): Mail.Options {
  return {
    from: mail.from.name ? { name: mail.from.name, address: mail.from.address } : mail.from.address,
    to: { name: mail.to.name, address: mail.to.address },
    subject: mail.subject,
    text: mail.text,
    messageId: mail.messageId,
    date: new Date(mail.date),
    // Nothing that could identify nexo or the machine beyond what the user wrote.
    headers: {},
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

/**
 * A Mailer over nodemailer. Connection errors and refusals reject `send` with nodemailer's
 * message (which quotes the server's answer, never the password).
 */
export function createNodemailerMailer(): Mailer {
  return {
    async open(config: SmtpConfig) {
      const { default: nodemailer } = await import('nodemailer');
      const transport = nodemailer.createTransport({
        pool: true,
        maxConnections: 1,
        host: config.host,
        port: config.port,
        secure: config.secure,
        ...(config.user ? { auth: { user: config.user, pass: config.password ?? '' } } : {}),
        connectionTimeout: CONNECT_TIMEOUT_MS,
        greetingTimeout: CONNECT_TIMEOUT_MS,
        socketTimeout: SOCKET_TIMEOUT_MS,
        // Never let the transport log: its debug output would include the AUTH exchange.
        logger: false,
        debug: false,
      });
      return {
        async send(mail: OutgoingMail) {
          try {
            const info = (await transport.sendMail(mailOptions(mail))) as { messageId?: string; response?: string };
            return { messageId: info.messageId ?? mail.messageId, response: info.response ?? '' };
          } catch (error) {
            throw new Error(describeSmtpError(error, config));
          }
        },
        close() {
          transport.close();
          return Promise.resolve();
        },
      };
    },

    async compose(mail: OutgoingMail) {
      const { default: MailComposer } = await import('nodemailer/lib/mail-composer/index.js');
      const message = new MailComposer(mailOptions(mail)).compile();
      // Keep the Message-ID and Date we chose, and leave out Bcc (there is none).
      message.keepBcc = false;
      const raw: Buffer = await message.build();
      return raw.toString('utf8');
    },
  };
}

/** A nodemailer failure in plain words, the server's own answer first. */
export function describeSmtpError(error: unknown, config: Pick<SmtpConfig, 'host' | 'port'>): string {
  const e = error as { code?: string; response?: string; message?: string };
  const answer = e.response?.trim();
  switch (e.code) {
    case 'EAUTH':
      return `The mail server refused the login: ${answer ?? e.message ?? 'check the user and password'}`;
    case 'EENVELOPE':
      return `The mail server refused the address: ${answer ?? e.message ?? ''}`.trim();
    case 'ECONNECTION':
    case 'ETIMEDOUT':
    case 'ESOCKET':
    case 'EDNS':
      return `Cannot reach the mail server ${config.host}:${config.port}: ${e.message ?? e.code}`;
    default:
      return answer ? `The mail server answered: ${answer}` : (e.message ?? String(error));
  }
}
