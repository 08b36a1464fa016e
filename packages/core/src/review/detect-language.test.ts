import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.js';

describe('detectLanguage', () => {
  it.each([
    ['es', 'Hola Camila, ¿cómo estás? Soy ingeniera de datos y me encantaría charlar contigo.'],
    ['es', 'hola q tal! oye vi q en tu curro buscan devs xq no me pasas el contacto'],
    ['pt', 'Oi Juliana, tudo bem? Sou desenvolvedora e adoraria bater um papo com você.'],
    ['pt', 'Caro Nuno, fico ao dispor para lhe enviar o meu CV. Cumprimentos.'],
    ['it', 'Ciao Chiara, come stai? Sono una sviluppatrice e mi piacerebbe fare due chiacchiere.'],
    ['it', 'ciao! cmq ti scrivo xké sto cercando uno stage, sai se prendono stagisti?'],
    ['en', "Hi Rachel, hope you're well! I'm a developer and would love to chat."],
  ])('reads %s in "%s"', (lang, text) => {
    const guess = detectLanguage(text);
    expect(guess.lang).toBe(lang);
    expect(guess.mixed).toBe(false);
    expect(guess.confidence).toBeGreaterThan(0.5);
  });

  it('reads a Spanish message with an English greeting as Spanish, and mixed', () => {
    const guess = detectLanguage('Hi Laura! Te escribo porque leí tu artículo sobre pricing y me sirvió muchísimo.');
    expect(guess).toMatchObject({ lang: 'es', mixed: true });
  });

  it('reads an English message with Spanish thanks as English, and mixed', () => {
    expect(
      detectLanguage('Hi Diego, mil gracias for the intro to the Stripe team! The call went great.'),
    ).toMatchObject({
      lang: 'en',
      mixed: true,
    });
  });

  it('does not take loanwords or links for another language', () => {
    const guess = detectLanguage('Te paso el deck del meetup y el link del plugin: https://www.figma.com/community');
    expect(guess).toMatchObject({ lang: 'es', mixed: false });
  });

  it('falls back to English with no confidence when nothing points anywhere', () => {
    expect(detectLanguage('👍 12345')).toEqual({ lang: 'en', confidence: 0, mixed: false });
  });
});
