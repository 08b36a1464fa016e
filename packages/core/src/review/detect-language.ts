/**
 * Language of a draft among Spanish, Portuguese, Italian and English, from frequent words and a few
 * spelling marks (ñ, ã, ç, "zione", elisions). A message mostly in one language with a greeting or
 * a courtesy formula in another is reported in the main language and flagged as mixed.
 */
import { vocabularies } from './lang/index.js';
import { prepareDraft, words } from './normalize.js';
import { reviewLangs, type ReviewLang } from './types.js';

export interface LanguageGuess {
  lang: ReviewLang;
  /** 0..1: the share of the evidence that points to `lang`, lowered for very short texts. */
  confidence: number;
  /** True when a clear part of the text is in another of the four languages. */
  mixed: boolean;
}

/** For each frequent word, the languages that use it. */
const wordLangs = new Map<string, ReviewLang[]>();
/** Greetings and courtesy formulas of each language, matched as whole phrases on folded text. */
const markerPatterns = new Map<ReviewLang, RegExp>();
for (const lang of reviewLangs) {
  const v = vocabularies[lang];
  for (const w of new Set(v.stopwords)) wordLangs.set(w, [...(wordLangs.get(w) ?? []), lang]);
  // A marker two languages share says nothing about mixing.
  const own = v.markers.filter((m) => !reviewLangs.some((o) => o !== lang && vocabularies[o].markers.includes(m)));
  markerPatterns.set(lang, new RegExp(`(?<![\\p{L}\\p{N}])(?:${own.join('|')})(?![\\p{L}\\p{N}])`, 'gu'));
}

const urlOrEmail = /(?:https?:\/\/|www\.)\S+|\S+@\S+/gu;

/** Spelling marks on the lower-cased (not folded) text, with their weight. */
const marks: { lang: ReviewLang; re: RegExp; weight: number }[] = [
  { lang: 'es', re: /[ñ¿¡]/g, weight: 1.5 },
  { lang: 'es', re: /ción\b|ciones\b/g, weight: 1 },
  { lang: 'pt', re: /[ãõ]/g, weight: 1.5 },
  { lang: 'pt', re: /ç/g, weight: 0.75 },
  { lang: 'pt', re: /nh[aoe]|lh[aoe]/g, weight: 0.5 },
  { lang: 'it', re: /zion[ei]\b|\b(?:l|un|dell|all|nell|sull|dall|c|quest|po)['’]\s?\p{L}/gu, weight: 1 },
  { lang: 'it', re: /\b\p{L}+(?:gli|cch|zz)\p{L}*/gu, weight: 0.5 },
  { lang: 'en', re: /\b\p{L}+['’](?:s|re|ve|ll|m|d|t)\b/gu, weight: 1 },
  { lang: 'en', re: /\b(?:th|wh)\p{L}+/gu, weight: 0.5 },
];

/**
 * Guesses the language of `text`. English, with confidence 0, when nothing points anywhere.
 * @example detectLanguage('Hi Laura! Te escribo porque leí tu artículo') // { lang: 'es', mixed: true, ... }
 */
export function detectLanguage(text: string): LanguageGuess {
  // Addresses and links are not words of any language ("mailchimp.com", "ana@empresa.it").
  const folded = prepareDraft(text.replace(urlOrEmail, ' ')).folded;
  const score: Record<ReviewLang, number> = { es: 0, pt: 0, it: 0, en: 0 };
  // Words only one language uses, and markers, found per language: they decide "mixed".
  const exclusive: Record<ReviewLang, number> = { es: 0, pt: 0, it: 0, en: 0 };
  const marker: Record<ReviewLang, number> = { es: 0, pt: 0, it: 0, en: 0 };
  for (const w of words(folded)) {
    const langs = wordLangs.get(w);
    if (langs) {
      for (const l of langs) score[l] += 1 / langs.length;
      const [only] = langs;
      if (only && langs.length === 1) exclusive[only]++;
    }
  }
  for (const [lang, re] of markerPatterns) marker[lang] = folded.match(re)?.length ?? 0;
  const lower = text.replace(urlOrEmail, ' ').toLowerCase();
  for (const { lang, re, weight } of marks) {
    const n = lower.match(re)?.length ?? 0;
    score[lang] += n * weight;
    exclusive[lang] += n * weight;
  }
  const ranked = [...reviewLangs].sort((a, b) => score[b] - score[a]);
  const best = ranked[0] ?? 'en';
  const lang = score[best] > 0 ? best : 'en';
  const total = reviewLangs.reduce((sum, l) => sum + score[l], 0);
  const top = score[lang];
  const confidence = total === 0 ? 0 : Math.round((top / total) * Math.min(1, top / 4) * 100) / 100;
  const mixed = reviewLangs.some(
    (l) =>
      l !== lang &&
      (marker[l] >= 1 || exclusive[l] >= 3 || (exclusive[l] >= 2 && exclusive[l] >= 0.25 * exclusive[lang])),
  );
  return { lang, confidence, mixed };
}
