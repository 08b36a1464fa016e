/**
 * Test support: a real SMTP server on loopback (smtp-server) that receives what nexo sends, parses
 * each message with mailparser, and can refuse chosen recipients, so tests check real deliveries.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

/** One message as the peer received it. */
export interface Delivered {
  /** The envelope: MAIL FROM and RCPT TO. */
  from: string;
  to: string[];
  /** The raw message as it arrived. */
  raw: string;
  parsed: ParsedMail;
}

export interface SmtpPeer {
  port: number;
  user: string;
  password: string;
  delivered: Delivered[];
  /** Every AUTH attempt's user name (the password is checked, not kept). */
  logins: string[];
  /** Refuse RCPT TO for addresses this returns true for (a 550 answer). */
  refuse(predicate: ((address: string) => boolean) | null): void;
  close(): Promise<void>;
}

/**
 * Starts the peer on 127.0.0.1 on a free port. It requires AUTH with `user`/`password` (over plain
 * text, allowed on loopback) and offers no STARTTLS.
 */
export async function startSmtpPeer(user = 'zoë@example.org', password = 'pä$$ wörd 秘密'): Promise<SmtpPeer> {
  const delivered: Delivered[] = [];
  const logins: string[] = [];
  let refuse: ((address: string) => boolean) | null = null;
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, callback) {
      logins.push(auth.username ?? '');
      if (auth.username === user && auth.password === password) callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      if (refuse?.(address.address)) {
        const error = new Error(`Mailbox ${address.address} unavailable`) as Error & { responseCode: number };
        error.responseCode = 550;
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw)
          .then((parsed) => {
            delivered.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((r) => r.address),
              raw,
              parsed,
            });
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.server.address() as AddressInfo;
  return {
    port: address.port,
    user,
    password,
    delivered,
    logins,
    refuse(predicate) {
      refuse = predicate;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
