/**
 * `nexo templates add|list|show`: the general e-mail and the personal request (principle 11), and
 * `nexo smtp set|show`: the mail server campaigns are sent through (the password read from stdin).
 */
import { Option, type Command } from 'commander';
import {
  AppError,
  askKinds,
  createTemplate,
  getSmtpSettings,
  getTemplate,
  giveKinds,
  listTemplates,
  reviewLangs,
  templateFields,
  templateKinds,
  updateSmtpSettings,
  type TemplateView,
} from '@nexo/core';
import { readAll, type CliIo } from '../io.js';
import type { Session } from '../session.js';
import { choice, integer } from '../options.js';
import { inSession } from './common.js';
import { renderTable } from '../output/table.js';

interface TemplateFlags {
  name: string;
  kind: string;
  language?: string;
  subject: string;
  body: string;
  askKind?: string;
  giveKind?: string;
}

const help = `
Fields: ${templateFields.map((f) => `{{${f}}}`).join(' ')}
{{personal}} is a free paragraph you write for each person in the campaign.
A field a person has no value for stays visible in their draft, and the reviewer flags it.
Examples:
  nexo templates add --name "Sector" --kind general --language es --subject "Novedades, {{firstName}}" --body - < general.txt
  nexo templates add --name "Request" --kind personal --ask-kind referral --subject "{{firstName}}, a question" --body "..."`;

/** A template by id or exact name. @throws AppError `not_found`. */
export async function resolveTemplate(s: Session, reference: string): Promise<TemplateView> {
  const all = await listTemplates(s.services, s.ctx);
  const found =
    all.find((t) => t.id === reference) ?? all.find((t) => t.name.toLowerCase() === reference.toLowerCase());
  return found ?? getTemplate(s.services, s.ctx, reference);
}

/** Registers `nexo templates` and `nexo smtp`. */
export function registerTemplates(program: Command, io: CliIo): void {
  const templates = program
    .command('templates')
    .description('e-mail templates for job-search outreach: a general e-mail and a personal request');

  templates
    .command('add')
    .description('add a template')
    .requiredOption('--name <name>', 'what you call it')
    .addOption(
      new Option('--kind <kind>', templateKinds.join('|')).argParser(choice(templateKinds)).makeOptionMandatory(),
    )
    .addOption(
      new Option('--language <lang>', `language of the text: ${reviewLangs.join('|')} (default: yours)`).argParser(
        choice(reviewLangs),
      ),
    )
    .requiredOption('--subject <text>', 'the subject line, with {{fields}}')
    .requiredOption('--body <text>', 'the text, with {{fields}} ("-" reads it from stdin)')
    .addOption(new Option('--ask-kind <kind>', `personal: ${askKinds.join('|')}`).argParser(choice(askKinds)))
    .addOption(new Option('--give-kind <kind>', `general: ${giveKinds.join('|')}`).argParser(choice(giveKinds)))
    .addHelpText('after', help)
    .action(
      inSession<TemplateFlags>(io, async (s, flags) => {
        const body = flags.body === '-' && io.stdin ? await readAll(io.stdin) : flags.body;
        // Without --language, the template is in the language nexo speaks to you in.
        const template = await createTemplate(s.services, s.ctx, {
          name: flags.name,
          kind: flags.kind,
          lang: flags.language ?? s.locale,
          subject: flags.subject,
          body,
          askKind: flags.askKind,
          giveKind: flags.giveKind,
        });
        if (s.json) return s.printJson(template);
        s.print(s.t('templates.added', { name: template.name, id: template.id }));
      }),
    );

  templates
    .command('list', { isDefault: true })
    .description('list the templates (the default)')
    .action(
      inSession(io, async (s) => {
        const items = await listTemplates(s.services, s.ctx);
        if (s.json) return s.printJson({ items });
        if (items.length === 0) return s.print(s.t('templates.none'));
        const rows = items.map((t) => [t.id, t.name, s.t(`templates.kind.${t.kind}`), t.lang, t.fields.join(' ')]);
        s.print(
          renderTable(
            ['id', 'name', 'kind', 'lang', 'fields'].map((c) => s.t(`column.${c}`)),
            rows,
          ),
        );
      }),
    );

  templates
    .command('show')
    .description('show one template')
    .argument('<template>', 'id or name')
    .action(
      inSession(io, async (s, _flags, [reference = '']) => {
        const t = await resolveTemplate(s, reference);
        if (s.json) return s.printJson(t);
        const kind = s.t(`templates.kind.${t.kind}`);
        const logged = t.askKind ? s.label('askKind', t.askKind) : t.giveKind ? s.label('giveKind', t.giveKind) : '';
        s.print(`${t.name} (${kind}, ${t.lang}${logged ? `, ${logged}` : ''}) · id ${t.id}`);
        s.print(`${s.t('templates.subject')}: ${t.subject}\n\n${t.body}`);
      }),
    );

  const smtp = program.command('smtp').description('the mail server campaigns are sent through');
  smtp
    .command('set')
    .description('set up your SMTP server (the password is read from stdin with --password -)')
    .requiredOption('--host <host>', 'e.g. smtp.example.org')
    .option('--port <port>', 'default 587 (465 means TLS from the start)', integer(1, 65_535))
    .option('--secure', 'TLS from the start (default on port 465)')
    .option('--user <user>', 'login name')
    .option('--password <password>', '"-" reads it from stdin, so it stays out of your shell history')
    .requiredOption('--from <address>', 'your e-mail address')
    .option('--from-name <name>', 'your name as recipients see it')
    .action(
      inSession<{
        host: string;
        port?: number;
        secure?: boolean;
        user?: string;
        password?: string;
        from: string;
        fromName?: string;
      }>(io, async (s, f) => {
        let password = f.password;
        if (password === '-') {
          if (!io.stdin) throw new AppError('validation_failed', 'No stdin to read the password from.');
          password = (await readAll(io.stdin)).replace(/\r?\n$/, '');
        }
        const saved = await updateSmtpSettings(s.services, s.ctx, {
          host: f.host,
          port: f.port,
          secure: f.secure,
          user: f.user,
          password,
          fromAddress: f.from,
          fromName: f.fromName,
        });
        if (s.json) return s.printJson({ smtp: saved });
        s.print(s.t('smtp.saved', { host: saved.host, port: saved.port, from: saved.fromAddress }));
      }),
    );
  smtp
    .command('show', { isDefault: true })
    .description('show the SMTP settings (never the password)')
    .action(
      inSession(io, async (s) => {
        const settings = await getSmtpSettings(s.services, s.ctx);
        if (s.json) return s.printJson({ smtp: settings });
        if (!settings) return s.print(s.t('smtp.none'));
        const password = s.t(settings.hasPassword ? 'smtp.passwordSet' : 'smtp.noPassword');
        s.print(
          `${settings.user ?? '-'}@${settings.host}:${settings.port}${settings.secure ? ' (TLS)' : ''} · ${password}\n` +
            `${s.t('smtp.from')}: ${settings.fromName ? `${settings.fromName} ` : ''}<${settings.fromAddress}>`,
        );
      }),
    );
}
