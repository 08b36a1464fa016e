/**
 * The reviewer on formal e-mails and template fields, in four languages: Roman numerals and quoted
 * blanks that are not fields, mail-merge instructions, references completed by an empty field but
 * followed by a detail, invitations to join the sender's network, referees and CVs handed on late
 * in a long e-mail, thanks for the time spent helping, and offers told by what they can do.
 */
import { describe, expect, it } from 'vitest';
import { reviewMessage } from './review.js';
import type { ReviewContext, ReviewRule } from './types.js';

const rules = (text: string, context?: ReviewContext): ReviewRule[] =>
  reviewMessage(text, context).findings.map((f) => f.rule);
const evidence = (text: string, rule: ReviewRule): string[] =>
  reviewMessage(text, { stage: 'established' })
    .findings.filter((f) => f.rule === rule)
    .map((f) => f.evidence);
const second: ReviewContext = { stage: 'second-contact' };

describe('unfilled-placeholder: what is not a field', () => {
  it.each([
    'Estuve en tu ponencia en las XXX Jornadas de Ingeniería Química.',
    'I was one of the volunteers at the Games of the XXX Olympiad.',
    'Ho seguito la sessione al XXX Congresso Nazionale e la XXX edizione del premio.',
    'Assisti à sua mesa no XXX Congresso Brasileiro de Informática.',
  ])('reads "XXX" before the name of an event as a Roman numeral: %s', (text) => {
    expect(evidence(text, 'unfilled-placeholder')).toEqual([]);
  });

  it.each([
    ['Me encantó lo que contaste en el podcast de XXX.', 'XXX'],
    ['Ti va un caffè giovedì XXX alle 9?', 'XXX'],
    ['Dear XXX, I loved your talk.', 'XXX'],
    ['Vi seu post sobre dbt na XXX.', 'XXX'],
  ])('still flags "XXX" left for a name or a date: %s', (text, field) => {
    expect(evidence(text, 'unfilled-placeholder')).toEqual([field]);
  });

  it('does not flag a blank inside a quoted sentence, but flags one left for a date', () => {
    expect(
      evidence('Usé el ítem «Me siento ___ cuando termino la jornada» con 120 docentes.', 'unfilled-placeholder'),
    ).toEqual([]);
    expect(
      evidence('We adapted the item "At work I feel ___ most days" for our staff.', 'unfilled-placeholder'),
    ).toEqual([]);
    expect(evidence('¿Te viene bien una llamada el ___ a las 10?', 'unfilled-placeholder')).toEqual(['___']);
  });

  it.each([
    'Carla, en la plantilla pon {{nombre}} en el saludo y {{empresa}} en el asunto, que la herramienta los sustituye.',
    'Júlia, no modelo coloca {{nome}} na saudação e {{empresa}} no assunto.',
    'Giulia, nel modello metti {{nome}} nel saluto e {{azienda}} nell’oggetto.',
    'Jess, in the template put {{first_name}} in the greeting and {{company}} in the subject line.',
    'Ti ho aperto una PR: il filtro {{ importo|valuta }} arrotondava male i centesimi.',
  ])('does not flag fields in a mail-merge instruction or template code: %s', (text) => {
    expect(evidence(text, 'unfilled-placeholder')).toEqual([]);
  });

  it('still flags fields of a draft that only starts with an example', () => {
    expect(evidence('Hola {{nombre}}, vi que trabajas en {{empresa}} y me encantó.', 'unfilled-placeholder')).toEqual([
      '{{nombre}}',
      '{{empresa}}',
    ]);
  });
});

describe('no-personal-detail: a detail next to an empty field', () => {
  it.each([
    ['it', 'Ciao, ho visto il tuo intervento al ___ sulla cybersecurity nelle PMI. Ti lascio la nostra checklist.'],
    ['it', 'Ciao Valentina! Ho visto la campagna di {{azienda}} per il nuovo espresso in capsule. Ti giro un report.'],
    ['es', 'Hola Sofía, vi la campaña de [Empresa] para el Día de la Madre. Te paso un estudio por si te sirve.'],
    ['pt', 'Oi Rafa, vi a campanha da {{empresa}} para o Dia dos Namorados. Te mando um estudo, se quiser.'],
    ['en', "Hi Laura, I saw {{company}}'s campaign for the new oat-milk range. I've attached a report."],
    [
      'en',
      "Hi Ravi, I watched your talk at [Conference] on zero-downtime Postgres migrations. I've attached our runbook.",
    ],
  ])('counts the detail after the field as personal (%s)', (_lang, text) => {
    expect(rules(text)).toEqual(['unfilled-placeholder']);
  });

  it.each([
    'Hola Sofía, vi que trabajas en [Empresa]. Te paso un estudio por si te sirve.',
    'Hi Ravi, I watched your talk at [Conference] and loved it. Happy to share our runbook.',
    'Hi Ravi, I watched your talk at [Conference] with my team. Happy to share our runbook.',
    'Estimada Daniela: he seguido el crecimiento de {{empresa}} en los últimos años. Le comparto un resumen.',
  ])('does not count a reference that only the empty field completes: %s', (text) => {
    expect(rules(text)).toEqual(['unfilled-placeholder', 'no-personal-detail']);
  });

  it.each([
    ['es', 'Estimado Sr. Campos: me interesó el modelo de turnos que presentó en Expansión. Le comparto un estudio.'],
    ['es', 'Estimada Daniela: me impresionó el programa del que habló en el podcast. Le comparto un resumen.'],
    ['pt', 'Prezada Dra. Marta, achei ótimo o programa de que falou no podcast. Partilho um guia, caso lhe seja útil.'],
    ['it', 'Gentile dott. Rossi, Le scrivo su suggerimento della prof.ssa Bianchi. Le allego il nostro protocollo.'],
    [
      'en',
      "Hi Ms Duarte, the returnship programme you talked about on the podcast is great. I've attached our evaluation.",
    ],
  ])('reads what they said or did in a formal e-mail as personal (%s)', (_lang, text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('generic-invite: an invitation to join the sender’s network', () => {
  it.each([
    ['es', 'Estimado Andrés: Me gustaría que formaras parte de mi red profesional. Saludos cordiales.'],
    ['it', 'Gentile utente, vorrei invitarLa a far parte della mia rete professionale su LinkedIn. Cordiali saluti'],
    ['it', 'Gentile dottoressa Conti, La invito a far parte della mia rete di contatti professionali.'],
    ['pt', 'Prezado Sr. Almeida, gostaria de convidá-lo a fazer parte da minha rede profissional no LinkedIn.'],
    ['en', 'Dear Mr Patel, I would like to invite you to join my professional network on LinkedIn. Kind regards'],
  ])('is the stock invitation, and the invitation is not an offer (%s)', (_lang, text) => {
    expect(rules(text)).toEqual(['generic-invite']);
  });

  it('is fine with a real detail and an offer', () => {
    const text =
      'Hola Teresa, me encantaría que formaras parte de mi red: leí tu hilo sobre accesibilidad y te paso una checklist.';
    expect(rules(text)).toEqual([]);
  });
});

describe('early-ask: referees and CVs handed on late in a long e-mail', () => {
  it.each([
    [
      'es',
      'Le escribo tras su seminario de marzo. Me piden dos referencias. ¿Estaría dispuesto a ser una de mis referencias?',
    ],
    ['pt', 'Escrevo-lhe após a aula aberta de outubro. Aceitaria ser uma das minhas referências?'],
    ['it', 'Le scrivo dopo il Suo seminario. Sarebbe disposto a farmi da referente?'],
    ['en', "I'm writing again after your guest lecture. Would you be willing to act as one of my referees?"],
    ['it', 'Ti posso mandare direttamente il mio CV, così lo passi tu al manager della posizione 😉'],
    ['it', 'Ci sarebbe modo di far arrivare il mio curriculum al responsabile delle assunzioni del Suo team?'],
    ['pt', 'Posso enviar-lhe o CV para reencaminhar à equipa de recrutamento.'],
    ['pt', 'Achas que me podias referenciar internamente?'],
    ['en', "I'll email over the CV tonight so you can forward it to the hiring manager, if that's ok?"],
  ])('flags the ask at second contact (%s)', (_lang, text) => {
    expect(rules(text, second)).toContain('early-ask');
  });

  it.each([
    ['en', "Send me your CV and I'll forward it to the hiring manager."],
    ['en', "I'll send you the CV template we use in our workshops."],
    ['es', 'Mándame tu CV y se lo paso yo a la responsable de selección.'],
    ['pt', 'Te mando o CV da Ana, que acho que encaixa na vaga.'],
    ['pt', 'Posso te indicar internamente para a vaga, se quiseres.'],
    ['it', 'Mandami il tuo CV e lo passo io al responsabile.'],
    ['en', "I'd be happy to be one of your references."],
  ])('does not take an offer to hand on *their* CV or to be *their* referee for an ask (%s)', (_lang, text) => {
    expect(rules(text, second)).not.toContain('early-ask');
  });
});

describe('missing-thanks: thanks for the time spent helping', () => {
  const helped: ReviewContext = { stage: 'second-contact', helpReceived: true };
  it.each([
    [
      'pt',
      'Olá Rui, muito obrigada pelo tempo que dedicou a rever o meu portefólio. Já reescrevi dois estudos de caso.',
    ],
    ['es', 'Muchas gracias por su tiempo y por revisar mi propuesta de tesis con tanto detalle.'],
    ['it', 'Grazie per il Suo tempo e per i consigli sul business plan.'],
    ['en', "Thank you for your time and for the detailed notes on my grant draft; I've rewritten the aims."],
  ])('counts as thanks when it says what the time was for (%s)', (_lang, text) => {
    expect(rules(text, helped)).not.toContain('missing-thanks');
  });

  it.each([
    ['en', 'Hi Dr Lee, I have a new version of the draft. Thank you for your time.'],
    ['es', 'Hola Diego, te adjunto la nueva versión. Gracias por tu tiempo.'],
  ])('still takes a bare "thanks for your time" for a courtesy (%s)', (_lang, text) => {
    expect(rules(text, helped)).toContain('missing-thanks');
  });
});

describe('no-value-offered: offers told by what they can do', () => {
  it.each([
    ['es', 'Hola Lorena, leí tu análisis. Tengo una hoja de cálculo que te puede ayudar, ¿quieres el enlace?'],
    ['pt', 'Olá Tiago, li o seu artigo. Tenho uma folha de cálculo que pode ajudar a sua equipa, quer o link?'],
    ['it', 'Ciao Davide, ho letto il tuo post. Ho scritto uno script che potrebbe esserti utile, vuoi il link?'],
    ['it', 'Ciao Serena, complimenti per il lancio. Ti lascio la guida che abbiamo scritto, spero possa servirti.'],
    ['it', 'Ciao Paola, ho letto il tuo post. Condivido con te una guida che ho scritto.'],
    ['en', 'Hi Owen, I read your piece. I built a calculator that might help your team, want the link?'],
  ])('counts the offer (%s)', (_lang, text) => {
    expect(rules(text)).toEqual([]);
  });

  it('does not count what would help the sender', () => {
    expect(rules('Hi Owen, I read your piece. I am looking for a role that might help me grow.')).toEqual([
      'no-value-offered',
    ]);
  });
});
