import { describe, expect, it } from 'vitest';
import { reviewBatch, reviewMessage } from './review.js';
import type { ReviewContext, ReviewRule } from './types.js';

const rules = (text: string, context?: ReviewContext): ReviewRule[] =>
  reviewMessage(text, context).findings.map((f) => f.rule);
const first: ReviewContext = { stage: 'first-contact' };
const established: ReviewContext = { stage: 'established' };

describe('generic-invite', () => {
  it.each([
    ['es', 'Hola, me gustaría añadirte a mi red profesional.'],
    ['pt', 'Olá, gostaria de adicioná-lo(a) à minha rede profissional.'],
    ['it', 'Salve, vorrei aggiungerti alla mia rete professionale.'],
    ['en', "Hi, I'd like to add you to my professional network."],
    ['en', 'Hey! Shall we connect?'],
    ['en', "Hi Oliver, I'd like to join your LinkedIn network. Kind regards"],
  ])('flags the stock invitation in %s, and only that', (_lang, text) => {
    expect(rules(text)).toEqual(['generic-invite']);
  });

  it('does not flag the stock sentence when the draft says something about the person', () => {
    const text =
      'Hola Inés, tu ponencia sobre logística inversa en el SIL me pareció muy clara. Me gustaría añadirte a mi red profesional.';
    expect(rules(text)).toEqual([]);
  });

  it('points at the invitation words', () => {
    const text = 'Ciao Giulia, vorrei aggiungerti alla mia rete professionale.';
    const [finding] = reviewMessage(text).findings;
    expect(finding?.evidence).toBe('vorrei aggiungerti alla mia rete professionale');
    expect(text.slice(finding?.start, finding?.end)).toBe(finding?.evidence);
  });
});

describe('early-ask', () => {
  it.each([
    ['es', '¿Sabrías si en tu equipo hay alguna vacante para perfiles junior?'],
    ['es', 'hola! m pasarías el contacto de RRHH de tu curro? 🙏'],
    ['pt', 'Por acaso você saberia se a sua equipe está contratando?'],
    ['pt', 'Fico ao dispor para lhe enviar o meu CV caso surja alguma oportunidade.'],
    ['it', 'Posso mandarti il mio CV?'],
    ['it', 'x favore sapresti se nel tuo ospedale cercano infermieri?'],
    ['en', 'Would you happen to know if your team is hiring?'],
    ['en', "I'd be happy to send you my CV in case anything comes up."],
  ])('flags an ask at first contact (%s): %s', (_lang, text) => {
    expect(rules(text, first)).toContain('early-ask');
  });

  it('flags asks at second contact too', () => {
    expect(rules('Could you introduce me to someone on the recruiting team?', { stage: 'second-contact' })).toContain(
      'early-ask',
    );
  });

  it('lets the same ask through in an established relationship', () => {
    expect(rules('¿Le podrías pasar mi CV a tu jefa?', established)).not.toContain('early-ask');
  });

  it.each([
    ['es', 'Si quieres, te reviso el CV y te cuento cómo preparé las entrevistas.'],
    ['pt', 'Se quiser, dou uma olhada no seu currículo e te passo umas dicas.'],
    ['it', 'Se vuoi, do un’occhiata al tuo CV e ti passo qualche consiglio.'],
    ['en', "If you like, I'm happy to look over your CV and share a few tips."],
  ])('does not take an offer to review their CV for an ask (%s)', (_lang, text) => {
    expect(rules(text, first)).not.toContain('early-ask');
  });

  it('does not take a vacancy shared with them for an ask', () => {
    const text = 'Vi esta oferta de jefa de proyecto y me acordé de ti: https://example.org/empleo/1';
    expect(rules(text, first)).not.toContain('early-ask');
  });

  it('needs a question for "is your team hiring"', () => {
    expect(
      rules("I saw your team is hiring, congrats on the growth. Here's the report I mentioned.", first),
    ).not.toContain('early-ask');
  });

  it.each([
    ['es', 'Si no es molestia, ¿le harías llegar mi currículum a tu responsable?'],
    ['es', '¿Te importaría pasarle mi nombre a quien lleva la selección?'],
    ['pt', 'Será que você poderia repassar o meu nome para o pessoal do recrutamento?'],
    ['it', 'Potresti far avere il mio nominativo alla persona che segue le selezioni?'],
    ['en', 'Would you be willing to pass my name on to the hiring manager?'],
    ['en', "I'm happy to send over my CV so you have it on file when the next role opens up."],
    ['es', 'Oye, ¿me podrías referir? Vi que abrieron una vacante en tu equipo.'],
  ])('flags the sender’s name or CV handed on, in any form of the verb (%s): %s', (_lang, text) => {
    expect(rules(text, first)).toContain('early-ask');
  });

  it.each([
    ['es', '¿Podrías hablarle bien de mí a tu responsable?'],
    ['pt', 'Você falaria bem de mim para o seu chefe?'],
    ['it', 'Metteresti una buona parola con il tuo responsabile?'],
    ['en', 'Could you put in a kind word with your boss for me?'],
    ['es', '¿Me pasas tu enlace de referido para la vacante de backend?'],
    ['en', 'Could you share your referral link for the backend role?'],
  ])('flags a good word or a referral link asked of them (%s): %s', (_lang, text) => {
    expect(rules(text, first)).toContain('early-ask');
  });

  it.each([
    ['es', 'Ya envié mi CV por la web. ¿Cómo es el día a día en tu equipo?'],
    ['pt', 'Já enviei meu currículo pelo site. Como é o dia a dia no seu time?'],
    ['it', 'Ho già inviato il mio CV dal sito. Com’è la giornata tipo nel tuo team?'],
  ])('does not take an application already sent for an ask (%s)', (_lang, text) => {
    expect(rules(text, first)).not.toContain('early-ask');
  });
});

describe('unfilled-placeholder', () => {
  it.each(['[Nombre]', '{{name}}', '<empresa>', 'XXX', '%NOME%', '*|FNAME|*', '[Nome da empresa]', '{azienda}'])(
    'flags %s left in the draft',
    (field) => {
      const text = `Hi ${field}, are we still on for Thursday?`;
      const found = reviewMessage(text, established).findings.filter((f) => f.rule === 'unfilled-placeholder');
      expect(found.map((f) => f.evidence)).toEqual([field]);
    },
  );

  it('ignores a field quoted as an example', () => {
    const text =
      'I set up the template with fields like "{{firstName}}" and "{{company}}" that I fill in before sending.';
    expect(rules(text, established)).not.toContain('unfilled-placeholder');
  });

  it('ignores fields named as examples without quotes', () => {
    expect(rules('En Mailchimp puedes usar etiquetas tipo *|FNAME|* o %NOMBRE%.', established)).toEqual([]);
  });

  it('ignores ordinary brackets and kisses', () => {
    expect(rules('Te mando el informe [versión 2] mañana, bss xx', established)).toEqual([]);
  });

  it.each([
    [
      'en',
      'Chris, for the mail merge just type {FirstName} where you want the name to go, e.g. "Hi {FirstName}," and it fills it in.',
    ],
    ['en', 'Hi Nora, for the welcome email use ‘Hi [First Name],’ as the greeting and the CRM fills in each name.'],
    ['es', 'Marta, en el asunto pon {{nombre}} donde quieras que salga el nombre y Mailchimp lo rellena solo.'],
    ['es', 'Dani, para el mensaje de bienvenida escribe «Hola [Nombre],» al principio.'],
    [
      'pt',
      'Bruno, coloca {{nome}} e {{empresa}} entre chaves duplas, tipo "Olá {{nome}}", que a ferramenta substitui.',
    ],
    ['pt', 'Rita, na mensagem de boas-vindas escreve “Olá [Nome],” logo no início.'],
    ['it', "Ila, per la newsletter scrivi pure 'Ciao [Nome],' all'inizio: il gestionale lo sostituisce."],
    ['it', "Fede, nell'oggetto della mail metti {{nome}} dove vuoi il nome."],
  ])('ignores a field explained in an instruction (%s): %s', (_lang, text) => {
    expect(rules(text, established)).not.toContain('unfilled-placeholder');
  });

  it.each([
    ['en', 'Hi Chloe, we use {{product}} across our whole support team.', '{{product}}'],
    ['en', "Hi Megan, I'd love to use [Company]'s design system in my talk.", '[Company]'],
    ['pt', 'Oi Fernanda, usei [Nome do Artigo] numa aula da minha pós.', '[Nome do Artigo]'],
    ['it', 'Ciao Andrea, uso [Nome Libreria] tutti i giorni.', '[Nome Libreria]'],
    ['en', 'Hi [First Name], I loved your "Scaling search" talk.', '[First Name]'],
  ])('still flags a field after the sender’s own verb or outside the quotes (%s): %s', (_lang, text, field) => {
    const found = reviewMessage(text, established).findings.filter((f) => f.rule === 'unfilled-placeholder');
    expect(found.map((f) => f.evidence)).toEqual([field]);
  });
});

describe('no-personal-detail', () => {
  it('flags a first message whose only personal touch is the name', () => {
    const text = 'Hola Gabriela, espero que estés bien. Me encantaría charlar contigo cuando tengas un rato.';
    expect(rules(text, { recipient: { name: 'Gabriela' } })).toContain('no-personal-detail');
  });

  it('accepts their company or role from the context', () => {
    const context: ReviewContext = { stage: 'second-contact', recipient: { name: 'Beatriz', company: 'Bankinter' } };
    expect(rules('Hola Beatriz, ¿cómo va todo en Bankinter?', context)).not.toContain('no-personal-detail');
  });

  it('accepts something from the notes about them', () => {
    const context: ReviewContext = { recipient: { name: 'Owen', notes: ['Trail runner', 'Friend of Claire'] } };
    expect(rules('Hi Owen, Claire says hi! Happy to share my race plan.', context)).not.toContain('no-personal-detail');
  });

  it.each([
    ['es', 'Hola Tomás, un gusto haberte conocido en la feria de empleo del jueves.'],
    ['pt', 'Oi Bruna, li o seu artigo sobre UX writing e adorei.'],
    ['it', 'Ciao Stefano, ci siamo conosciuti al meetup di Python la settimana scorsa.'],
    ['en', 'Hi Lucy, I read your interview in The Guardian about palliative care.'],
  ])('accepts a reference to their work or a shared moment (%s)', (_lang, text) => {
    expect(rules(text, { stage: 'second-contact' })).not.toContain('no-personal-detail');
  });

  it('does not count a reference completed by an unfilled field', () => {
    expect(rules('Hi Ana, I noticed you work at [Company].', { stage: 'second-contact' })).toContain(
      'no-personal-detail',
    );
  });

  it('is not asked of established relationships', () => {
    expect(rules('Fer! ¿tomamos un café la semana que viene?', established)).toEqual([]);
  });

  it('does not take the words of their role in the sender’s own introduction for a reference', () => {
    const recipient = { name: 'Kevin', company: 'Accenture', role: 'Cloud Architect' };
    const text = "Hi Kevin, I'm a cloud engineer based in Dublin. Always keen to meet new people!";
    expect(rules(text, { stage: 'first-contact', recipient })).toContain('no-personal-detail');
    expect(rules('Hi Kevin, how do you like cloud architecture at Accenture?', { recipient })).not.toContain(
      'no-personal-detail',
    );
  });
});

describe('missing-thanks', () => {
  const helped: ReviewContext = { stage: 'established', helpReceived: true };

  it.each([
    ['es', 'Hola Sergio, ya hablé con Ana el lunes. Te aviso cuando tenga novedades.'],
    ['pt', 'Oi Leandro, já falei com a Camila. Te aviso quando tiver novidades.'],
    ['it', 'Ciao Stefano, ho sentito Anna lunedì. Ti aggiorno appena ho novità.'],
    ['en', "Hi Steve, I spoke with Anna on Monday. I'll keep you posted."],
  ])('flags a reply to someone who helped that does not thank (%s)', (_lang, text) => {
    expect(rules(text, helped)).toEqual(['missing-thanks']);
  });

  it.each([
    'Graciass Inés!! 🙌 ya actualicé el portfolio',
    'obg demais Sofia!! já atualizei o portfólio',
    'grz mille Silvia!! ho già sistemato il portfolio',
    'ty sooo much Sophie!! already fixed the portfolio',
    'Hola Diego, thanks por la intro con el equipo de Stripe!',
  ])('accepts thanks in any language or chat style: %s', (text) => {
    expect(rules(text, helped)).not.toContain('missing-thanks');
  });

  it('does not take "thanks in advance" for thanks', () => {
    expect(rules('Could you tell me what the second round is like? Thanks in advance.', helped)).toContain(
      'missing-thanks',
    );
  });

  it.each([
    ['es', 'Gracias a Dios salió todo bien, ¡empiezo el lunes!'],
    ['pt', 'Graças a Deus deu tudo certo, começo segunda!'],
    ['it', 'Grazie al cielo è andato tutto bene, comincio lunedì!'],
    ['en', 'Thanks to Laura the process was clear. I start on Monday!'],
    ['es', 'No, gracias, al final no me hace falta el contacto.'],
    ['en', "No thanks, I won't need the contact after all."],
    ['en', 'I owe you a reply: I took the other offer in the end.'],
  ])('does not take relief, a cause, a refusal or a debt of a reply for thanks (%s): %s', (_lang, text) => {
    expect(rules(text, helped)).toEqual(['missing-thanks']);
  });

  it.each([
    'Gracias a ti ya tengo fecha de inicio.',
    'Graças à sua ajuda já tenho data de início.',
    'Grazie a te ho già la data di inizio.',
    'Thanks to you I already have a start date.',
    'Te debo una, Sam: empiezo el lunes.',
    'Te devo essa, Sam! Começo segunda.',
    'Ti devo un caffè, Sam: comincio lunedì.',
    "You're a star, Sam! I start on Monday.",
  ])('takes "thanks to you" and owing them one for thanks: %s', (text) => {
    expect(rules(text, helped)).not.toContain('missing-thanks');
  });

  it('says nothing when no help was received', () => {
    expect(rules('Hi Steve, see you on Monday.', established)).toEqual([]);
  });
});

describe('no-value-offered', () => {
  it('flags a first contact that only takes', () => {
    const text = 'Hi Beth, I see you are a product manager at Monzo. How did you get into that role?';
    expect(rules(text, { stage: 'first-contact', recipient: { company: 'Monzo' } })).toEqual(['no-value-offered']);
  });

  it.each([
    [
      'es',
      'Hola Jorge, vi tu charla de la PyConES sobre testing. Te dejo un artículo sobre mutation testing por si te interesa.',
    ],
    [
      'pt',
      'Oi Hugo, conversando com a Elena surgiu que vocês buscam alguém de dados. Se fizer sentido, apresento vocês.',
    ],
    ['it', 'Ciao Nadia, ho visto questo annuncio e mi sei venuta in mente: https://example.org/jobs/1'],
    ['en', 'Hi Lucy, your interview about palliative care moved me deeply. Would you choose the same specialty again?'],
  ])('accepts a resource, an introduction, an opportunity or specific appreciation (%s)', (_lang, text) => {
    expect(rules(text, first)).toEqual([]);
  });

  it('does not count "happy to send you my CV" as value', () => {
    expect(rules("Hi Luke, I'd be happy to send you my CV.", first)).toContain('no-value-offered');
  });

  it.each([
    ['es', 'Hola Irene, leí tu hilo sobre dbt. Nos gustaría invitarte como ponente a las jornadas de datos de Bilbao.'],
    [
      'pt',
      'Olá Caio, encontrei um bug no seu pacote de datas: o fuso de Lisboa vem trocado. Abri uma issue com um exemplo.',
    ],
    [
      'it',
      'Ciao Marta, il tuo articolo sulle code ci ha salvato: l’abbiamo applicato e abbiamo dimezzato i tempi di risposta.',
    ],
    [
      'en',
      'Hi Dev, saw your team is growing. A former colleague of mine built the same platform at Wise. Want an intro?',
    ],
    ['en', 'Hi Tom, I wrote up the migration steps we discussed at NDC: gist.github.com/tom/abc123'],
  ])('accepts an invitation, a bug report, results from their work, an intro or a bare link (%s)', (_lang, text) => {
    expect(rules(text, first)).toEqual([]);
  });

  it('does not count the short sentence right after an ask as value', () => {
    expect(rules('Hola Ana, ¿podrías pasarle mi CV a tu jefa? Te lo mando ahora.', first)).toEqual([
      'early-ask',
      'no-personal-detail',
      'no-value-offered',
    ]);
  });

  it('counts results as value only when they come from something of theirs', () => {
    expect(rules('Hi Ana, we cut our cloud costs by 30% last year. Could we talk?', first)).toContain(
      'no-value-offered',
    );
  });

  it.each([
    ['en', 'Ben, your essay on writing-first specs got our whole team to ditch slide decks. Just wanted you to know.'],
    [
      'en',
      'Hi Grace, I watched your talk on accessibility audits, especially the bit where you ran a screen reader live.',
    ],
    [
      'es',
      'Hola Pablo! Uso tu librería de formularios y nos quitó de encima la mitad de los bugs. Gracias, de verdad.',
    ],
    ['es', 'Buenas, Jorge: gracias a tu curso de SQL conseguí pasar la prueba técnica. ¡Mil gracias!'],
    ['pt', 'Paulo, seu curso de Pandas foi o que me fez conseguir meu primeiro estágio, sério.'],
    ['pt', 'Oi Bia! Vi sua palestra sobre acessibilidade, principalmente o exemplo do formulário com leitor de tela.'],
    ['it', 'Ciao Riccardo, la tua newsletter sulle one-to-one è diventata la nostra guida. Grazie davvero!'],
    [
      'it',
      'Ciao Elena, ho ascoltato la tua puntata sulla discovery e l’esempio dei test in metro mi è rimasto in testa.',
    ],
  ])('accepts appreciation of their work told as its effect or a detail (%s): %s', (_lang, text) => {
    expect(rules(text, first)).toEqual([]);
  });

  it.each([
    ['es', 'Hola Rodrigo, admiro muchísimo tu trayectoria en Cabify. Me encantaría aprender de ti.'],
    ['it', 'Ciao Federica, seguo da tempo il tuo lavoro in Prada e ti stimo moltissimo!'],
    ['en', 'Hi Ruth, love your work! Your newsletter is great. I started a new job last month, would be nice to chat.'],
    ['en', 'Hi Laura, I read your article on data contracts. Could I have 15 minutes to hear how you made the jump?'],
  ])('does not count admiration, or a mention of their work, without an effect (%s): %s', (_lang, text) => {
    expect(rules(text, { stage: 'first-contact', recipient: { company: 'Cabify' } })).toContain('no-value-offered');
  });

  it('does not count an effect told in the sentence that asks', () => {
    const text =
      'Ciao Matteo! Il tuo articolo mi ha fatto risparmiare ore, potresti segnalare il mio profilo al tuo team?';
    expect(rules(text, first)).toEqual(['early-ask', 'no-value-offered']);
  });

  it('reads an emoji before a capital letter as the end of a sentence', () => {
    const text =
      'Ciao Matteo! Il tuo articolo su SwiftUI mi ha fatto risparmiare ore di profiling 😅 Se ti può servire ti mando il mio CV.';
    expect(rules(text, first)).toEqual(['early-ask']);
  });

  it('applies to first contacts only', () => {
    expect(rules('Hi Monica, could we have a quick chat about your talk?', { stage: 'second-contact' })).toEqual([]);
  });
});

describe('reviewMessage', () => {
  it('reports the language of the draft, or the one it is told', () => {
    expect(reviewMessage('Olá Rui, gostava de o adicionar à minha rede.').lang).toBe('pt');
    expect(reviewMessage('Hola', undefined, { lang: 'it' }).lang).toBe('it');
  });

  it('has nothing to say about an empty draft', () => {
    expect(reviewMessage('   ').findings).toEqual([]);
  });

  it('gives every finding a message key, a severity and evidence found at its offsets', () => {
    const text = 'Hola [Nombre], ¿me podrías recomendar para alguna vacante en tu empresa?';
    const { findings } = reviewMessage(text);
    expect(findings.map((f) => f.rule)).toEqual([
      'early-ask',
      'unfilled-placeholder',
      'no-personal-detail',
      'no-value-offered',
    ]);
    for (const f of findings) {
      expect(f.message.key).toBe(`review.${f.rule}`);
      expect(['warning', 'info']).toContain(f.severity);
      expect(text.slice(f.start, f.end)).toBe(f.evidence);
    }
  });
});

describe('reviewBatch (copy-paste)', () => {
  const pitch = (greeting: string): string =>
    `${greeting}, soy Marcos, ingeniero de software con cinco años de experiencia en Java. Estoy explorando oportunidades en fintech y me encantaría conocer tu experiencia. ¿Tendrías 15 minutos esta semana?`;

  it('flags near-duplicates to different people, with the shared passage as evidence', () => {
    const results = reviewBatch([
      { id: 'a', text: pitch('Hola Ana'), context: { recipient: { name: 'Ana' } } },
      { id: 'b', text: pitch('Buenas Luis'), context: { recipient: { name: 'Luis' } } },
      {
        id: 'c',
        text: 'Hola Jaime, leí tu hilo sobre fraude en tiempo real. Te paso cómo lo resolvimos: https://example.org',
      },
    ]);
    const copy = results.get('a')?.findings.find((f) => f.rule === 'copy-paste');
    expect(copy?.evidence).toContain('ingeniero de software con cinco años');
    expect(results.get('b')?.findings.map((f) => f.rule)).toContain('copy-paste');
    expect(results.get('c')?.findings.map((f) => f.rule)).not.toContain('copy-paste');
  });

  it('does not compare two versions of a draft to the same person', () => {
    const results = reviewBatch([
      { id: 'a', text: pitch('Hola Rocío'), context: { recipient: { name: 'Rocío' } } },
      { id: 'b', text: pitch('Hola Rocío'), context: { recipient: { name: 'Rocío' } } },
    ]);
    expect([...results.values()].flatMap((r) => r.findings.map((f) => f.rule))).not.toContain('copy-paste');
  });

  it('flags near-duplicates with other names, a sentence moved and extended, a typo and an emoji', () => {
    const to = (name: string, company: string): ReviewContext => ({ recipient: { name, company } });
    const results = reviewBatch([
      {
        id: 'a',
        text: 'Hi Beth, I’m Andy, a backend developer. I saw Monzo is moving to microservices and I wrote a guide on how we did it. Happy to send it over if it’s useful. Cheers!',
        context: to('Beth', 'Monzo'),
      },
      {
        id: 'b',
        text: 'Hello Ellen, I’m Andy, a backend developper. I wrote a guide on how we moved to microservices, including our mistakes with Kafka, and I saw Ocado is heading the same way. Happy to send it over if it’s useful 🙂',
        context: to('Ellen', 'Ocado'),
      },
    ]);
    expect(results.get('a')?.findings.map((f) => f.rule)).toContain('copy-paste');
    expect(results.get('b')?.findings.map((f) => f.rule)).toContain('copy-paste');
  });

  it('does not flag drafts that share only the sender’s introduction', () => {
    const intro = 'Hola, soy Andrés, desarrollador backend con seis años en Go.';
    const results = reviewBatch([
      {
        id: 'a',
        text: `${intro} Vi que en Glovo están migrando a microservicios; te paso la guía que escribimos.`,
        context: { recipient: { name: 'Lucía', company: 'Glovo' } },
      },
      {
        id: 'b',
        text: `${intro} Me encantó tu charla sobre observabilidad: aplicamos lo de los exemplars y bajamos el diagnóstico a la mitad.`,
        context: { recipient: { name: 'Sara' } },
      },
    ]);
    expect([...results.values()].flatMap((r) => r.findings.map((f) => f.rule))).not.toContain('copy-paste');
  });

  it('gives the same findings as reviewMessage for everything else', () => {
    const text = 'Hola, me gustaría añadirte a mi red profesional.';
    expect(reviewBatch([{ id: 'x', text }]).get('x')).toEqual(reviewMessage(text));
  });
});
