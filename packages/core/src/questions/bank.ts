/**
 * The question bank for first meetings, written in each language rather than translated word for
 * word: how they started, what they like and find hard, what they would do differently, whether they
 * would choose the same path again, and how you could help.
 */
import type { Locale } from '../settings/types.js';

export interface BankQuestion {
  /** Stable id, the same in every language. */
  id: string;
  text: Record<Locale, string>;
}

export const questionBank: readonly BankQuestion[] = [
  {
    id: 'how-started',
    text: {
      en: 'How did you get started in what you do now?',
      es: '¿Cómo empezaste en lo que haces ahora?',
      pt: 'Como você começou no que faz hoje?',
      it: 'Come hai iniziato a fare quello che fai oggi?',
    },
  },
  {
    id: 'normal-week',
    text: {
      en: 'What does a normal week look like in your job?',
      es: '¿Cómo es una semana normal en tu trabajo?',
      pt: 'Como é uma semana normal no seu trabalho?',
      it: 'Com’è una settimana tipo nel tuo lavoro?',
    },
  },
  {
    id: 'likes-most',
    text: {
      en: 'What do you enjoy most about your work?',
      es: '¿Qué es lo que más te gusta de tu trabajo?',
      pt: 'O que você mais gosta no seu trabalho?',
      it: 'Che cosa ti piace di più del tuo lavoro?',
    },
  },
  {
    id: 'hardest-part',
    text: {
      en: 'What do you find hardest about it?',
      es: '¿Y qué es lo que más te cuesta?',
      pt: 'E o que você acha mais difícil?',
      it: 'E qual è la parte più difficile, per te?',
    },
  },
  {
    id: 'do-differently',
    text: {
      en: 'Looking back, what would you do differently?',
      es: 'Mirando atrás, ¿qué harías de otra manera?',
      pt: 'Olhando para trás, o que você faria diferente?',
      it: 'Guardando indietro, cosa faresti in modo diverso?',
    },
  },
  {
    id: 'same-path',
    text: {
      en: 'If you could start again, would you choose the same path?',
      es: 'Si pudieras empezar de nuevo, ¿volverías a elegir el mismo camino?',
      pt: 'Se pudesse começar de novo, você escolheria o mesmo caminho?',
      it: 'Se potessi ricominciare, rifaresti la stessa strada?',
    },
  },
  {
    id: 'wish-known',
    text: {
      en: 'What do you wish someone had told you when you were starting out?',
      es: '¿Qué te habría gustado que alguien te dijera cuando empezabas?',
      pt: 'O que você gostaria que alguém tivesse te dito quando estava começando?',
      it: 'Che cosa avresti voluto sentirti dire quando hai cominciato?',
    },
  },
  {
    id: 'skills',
    text: {
      en: 'Which skills count most in your field today?',
      es: '¿Qué habilidades pesan más hoy en tu sector?',
      pt: 'Quais habilidades mais contam hoje na sua área?',
      it: 'Quali competenze contano di più oggi nel tuo settore?',
    },
  },
  {
    id: 'field-changed',
    text: {
      en: 'How has your field changed since you started?',
      es: '¿Cómo ha cambiado tu sector desde que empezaste?',
      pt: 'Como a sua área mudou desde que você começou?',
      it: 'Com’è cambiato il tuo settore da quando hai iniziato?',
    },
  },
  {
    id: 'working-on',
    text: {
      en: 'What are you working on these days that you are excited about?',
      es: '¿En qué estás trabajando estos días que te tenga ilusionado?',
      pt: 'No que você está trabalhando agora que te deixa empolgado?',
      it: 'Su cosa stai lavorando in questo periodo che ti appassiona?',
    },
  },
  {
    id: 'advice',
    text: {
      en: 'What advice would you give someone who wants to work in your field?',
      es: '¿Qué consejo le darías a alguien que quiere dedicarse a lo tuyo?',
      pt: 'Que conselho você daria a quem quer trabalhar na sua área?',
      it: 'Che consiglio daresti a chi vuole lavorare nel tuo campo?',
    },
  },
  {
    id: 'keep-learning',
    text: {
      en: 'How do you keep learning? Any books, people or communities you would recommend?',
      es: '¿Cómo sigues aprendiendo? ¿Me recomiendas algún libro, alguna persona o alguna comunidad?',
      pt: 'Como você continua aprendendo? Recomendaria algum livro, alguma pessoa ou comunidade?',
      it: 'Come continui a formarti? Mi consiglieresti qualche libro, persona o comunità?',
    },
  },
  {
    id: 'turning-point',
    text: {
      en: 'Was there a decision or a person that changed the course of your career?',
      es: '¿Hubo alguna decisión o alguna persona que cambiara el rumbo de tu carrera?',
      pt: 'Houve alguma decisão ou alguma pessoa que mudou o rumo da sua carreira?',
      it: 'C’è stata una scelta o una persona che ha cambiato la direzione della tua carriera?',
    },
  },
  {
    id: 'outside-work',
    text: {
      en: 'What do you like doing when you are not working?',
      es: '¿Qué te gusta hacer cuando no estás trabajando?',
      pt: 'O que você gosta de fazer quando não está trabalhando?',
      it: 'Cosa ti piace fare quando non lavori?',
    },
  },
  {
    id: 'how-help',
    text: {
      en: 'Is there anything I could help you with at the moment?',
      es: '¿Hay algo en lo que te pueda echar una mano ahora mismo?',
      pt: 'Tem alguma coisa em que eu possa te ajudar neste momento?',
      it: 'C’è qualcosa in cui posso darti una mano in questo momento?',
    },
  },
  {
    id: 'who-else',
    text: {
      en: 'Who else do you think it would be worth my talking to?',
      es: '¿Con quién más crees que me vendría bien hablar?',
      pt: 'Com quem mais você acha que valeria a pena eu conversar?',
      it: 'Con chi altro pensi che varrebbe la pena parlare?',
    },
  },
];

/** The bank in one language, in its order. */
export function bankQuestions(locale: Locale): { id: string; text: string }[] {
  return questionBank.map((q) => ({ id: q.id, text: q.text[locale] }));
}
