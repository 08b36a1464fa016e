/**
 * The shape of a language's vocabulary for the reviewer. Every entry is a regular-expression source
 * written against folded text (lower case, no accents, straight quotes: "añadirte" is "anadirte").
 * Word boundaries are added around each list when it is compiled, so entries match whole words.
 */
export interface Vocabulary {
  /** Connection requests of the kind the big networks pre-fill ("add you to my network"). */
  connect: string[];
  /** Significant asks: a job, a referral, to forward or look at the sender's CV, a hiring intro. */
  asks: string[];
  /** Asks that are only asks inside a question ("is your team hiring?"). */
  questionAsks: string[];
  /** Words and phrases that thank. */
  thanks: string[];
  /** Thanks that do not thank for help received ("thanks in advance", "I would appreciate"). */
  notThanks: string[];
  /** References to this recipient: their work, a shared context, a past conversation. */
  personal: string[];
  /** Something offered: a resource, help, an introduction, an opportunity for them. */
  offers: string[];
  /** Specific appreciation, which counts as value when it is about something of theirs. */
  appreciation: string[];
  /** A piece of the recipient's work: their article, talk, library, course, episode... */
  work: string[];
  /**
   * What a piece of their work did, or the detail that struck the sender: "saved us", "got our team
   * to", "the part about". Next to a piece of their work, this is specific appreciation (value).
   */
  effects: string[];
  /**
   * What the sender did or got ("we switched", "empecé", "ho superato"): appreciation only in the same
   * sentence as a piece of their work ("your course got me..."; not "I started a new job" later on).
   */
  outcomes: string[];
  /** The sender presenting themselves ("I'm a", "soy"): context words right after are not about them. */
  selfIntro: string[];
  /**
   * Verbs of having seen, read or followed something ("vi", "ho letto", "I watched"): before "the X of
   * [Company]" they make the sentence about something of the recipient's, even with the field empty.
   */
  noticing: string[];
  /**
   * Prepositions that introduce what a thing is about or for ("sobre", "sulla", "on", "for"): after an
   * unfilled field they bring a detail that still refers to the recipient ("al ___ sulla cybersecurity").
   */
  about: string[];
  /** Names of template fields ("nombre", "company") for bracketed placeholders. */
  fieldWords: string[];
  /** Words right before a placeholder that show it is quoted as an example ("like", "tipo"). */
  exampleCues: string[];
  /** Words near a placeholder that show the text talks about templates ("fields", "campos"). */
  templateTalk: string[];
  /** Imperatives that tell someone what to type ("type", "escribe", "coloca", "metti"). */
  instructionVerbs: string[];
  /** Frequent words of the language, for language detection. */
  stopwords: string[];
  /** Greetings and courtesy formulas: one of these in another language makes a message mixed. */
  markers: string[];
}

/** Any one word (folded), for gaps inside patterns. */
export const WORD = "[\\p{L}\\p{N}'-]+";
/** Up to `n` words between two parts of a pattern. */
export const gap = (n: number): string => `(?:\\s+${WORD}){0,${n}}`;
/** A placeholder-ish or quoted continuation that disqualifies a personal reference. */
export const alt = (items: readonly string[]): string => `(?:${items.join('|')})`;
