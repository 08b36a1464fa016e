/**
 * Word lists for the synthetic network: given and family names in Spanish, Portuguese, Italian and
 * English (accents included), companies, roles, cities, tags and note templates.
 */
import type { InteractionKind } from '@nexo/core';

export const languages = ['es', 'pt', 'it', 'en'] as const;
export type Language = (typeof languages)[number];

/** Word lists are written `a|b|c` to keep this file short. */
const list = (words: string): readonly string[] => words.split('|');

interface LanguageWords {
  given: readonly string[];
  family: readonly string[];
  cities: readonly string[];
  roles: readonly string[];
  phonePrefix: string;
  /** Notes about a person; `{given}`, `{company}` and `{tag}` are filled in. */
  contactNotes: readonly string[];
  /** Notes on an interaction. */
  interactionNotes: readonly string[];
}

export const words: Record<Language, LanguageWords> = {
  es: {
    given: list(
      'José|María|Sofía|Lucía|Ramón|Iñaki|Begoña|Jesús|Ángel|Álvaro|Inés|Martín|Nuria|Javier|Elena|Andrés|Raúl|Óscar|Marta|Pablo|Carmen|Tomás|Adrián|Irene|José Antonio|María José|Rocío|Sebastián|Valentina|Joaquín',
    ),
    family: list(
      'García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Gómez|Muñoz|Álvarez|Jiménez|Díaz|Hernández|Ruiz|Núñez|Ibáñez|Castaño|Peña|Ortiz|Báez|Iglesias|Vázquez|Gutiérrez|Domínguez|Sáez|Beltrán|Calderón',
    ),
    cities: list(
      'Madrid|Barcelona|València|Sevilla|Bilbao|Málaga|Bogotá|Ciudad de México|Medellín|Buenos Aires|Santiago|Lima|Zaragoza|A Coruña',
    ),
    roles: list(
      'Directora de Marketing|Jefe de Producto|Ingeniera de Software|Responsable de Compras|Consultor|Analista de Datos|Directora Financiera|Diseñador UX|Gerente Comercial|Técnico de Sistemas',
    ),
    phonePrefix: '+34 6',
    contactNotes: list(
      'Conocí a {given} en una conferencia sobre {tag}.|Trabaja en {company}; le interesa {tag}.|Muy buena persona, siempre dispuesta a ayudar.|Me presentó a su equipo de {company}.|Hablamos de cambiar de trabajo el año que viene.|Tiene dos hijos y le encanta la montaña.',
    ),
    interactionNotes: list(
      'Café rápido, hablamos de {tag}.|Le pasé un artículo sobre {tag}.|Me pidió ayuda con su CV.|Reunión para revisar la propuesta.|Felicitación por el nuevo puesto.|Quedamos en vernos después del verano.',
    ),
  },
  pt: {
    given: list(
      'João|Conceição|Gonçalo|Sebastião|Inês|Luís|Tânia|Márcio|Fábio|Letícia|Ana|Beatriz|Vinícius|Thiago|Célia|Antônio|Mônica|Raquel|Rúben|Estêvão|Simão|Lúcia|João Pedro|Maria Eduarda',
    ),
    family: list(
      'Gonçalves|Araújo|Conceição|Magalhães|Simões|Brandão|Loureiro|Assunção|Falcão|Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins|Sousa|Gusmão|Estevão|da Silva|dos Santos|Leitão|Guimarães',
    ),
    cities: list(
      'Lisboa|Porto|Braga|Coimbra|São Paulo|Rio de Janeiro|Belo Horizonte|Curitiba|Recife|Florianópolis|Brasília|Funchal',
    ),
    roles: list(
      'Gerente de Produto|Engenheira de Dados|Diretor Comercial|Analista Financeiro|Coordenadora de RH|Desenvolvedor Sênior|Designer de Interação|Consultora de Negócios|Gestor de Projetos',
    ),
    phonePrefix: '+351 9',
    contactNotes: list(
      'Conheci {given} num evento sobre {tag}.|Trabalha na {company}; gosta muito de {tag}.|Colega da faculdade, sempre disponível.|Apresentou-me à equipa da {company}.|Está a pensar mudar de área no próximo ano.|Adora surf e fotografia.',
    ),
    interactionNotes: list(
      'Almoço rápido, falámos de {tag}.|Enviei um artigo sobre {tag}.|Pediu uma recomendação.|Reunião de acompanhamento do projeto.|Parabéns pela promoção.|Combinámos um café depois das férias.',
    ),
  },
  it: {
    given: list(
      'Nicolò|Niccolò|Mattia|Giulia|Chiara|Francesca|Lorenzo|Alessandro|Giovanni|Federica|Elisabetta|Raffaele|Salvatore|Ilaria|Martina|Davide|Gabriele|Noemi|Tommaso|Beatrice',
    ),
    family: list(
      'Rossi|Bianchi|De Luca|Esposito|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|Mancini|Costa|Giordano|Lombardi|Moretti|Barbieri|Fontana|Santoro|Caruso|Dell’Acqua|D’Angelo|Nicolò',
    ),
    cities: list('Milano|Roma|Torino|Bologna|Firenze|Napoli|Genova|Verona|Padova|Cagliari|Forlì'),
    roles: list(
      'Responsabile Vendite|Ingegnere del Software|Direttrice Marketing|Product Manager|Analista Dati|Consulente Finanziario|Responsabile Risorse Umane|Progettista|Amministratore Delegato',
    ),
    phonePrefix: '+39 3',
    contactNotes: list(
      'Conosciuto a un evento su {tag}.|Lavora in {company}; appassionato di {tag}.|Ex collega, molto disponibile.|Mi ha presentato al team di {company}.|Sta cercando un nuovo ruolo.|Grande tifoso di calcio, ama cucinare.',
    ),
    interactionNotes: list(
      'Caffè veloce, abbiamo parlato di {tag}.|Gli ho mandato un articolo su {tag}.|Mi ha chiesto un contatto.|Riunione per la proposta.|Congratulazioni per il nuovo lavoro.|Ci rivediamo dopo l’estate.',
    ),
  },
  en: {
    given: list(
      'James|Olivia|Emma|Liam|Noah|Ava|Zoë|Chloé|Renée|Joe|Josh|Joanna|Jonathan|Sarah|Michael|Emily|Daniel|Hannah|Siobhán|Seán|Chris|Grace|Oliver|Amelia',
    ),
    family: list(
      'Smith|Johnson|Williams|Brown|Jones|Taylor|Wilson|O’Brien|Murphy|Walsh|McCarthy|Evans|Thomas|Roberts|Clarke|Wright|Hughes|Green|Hall|Brontë|Doyle',
    ),
    cities: list('London|Manchester|Dublin|Edinburgh|New York|Boston|San Francisco|Toronto|Austin|Seattle|Sydney'),
    roles: list(
      'Engineering Manager|Head of Sales|Software Engineer|Recruiter|Product Designer|CFO|Marketing Lead|Data Scientist|Founder|Account Executive|Partner',
    ),
    phonePrefix: '+44 7',
    contactNotes: list(
      'Met {given} at a {tag} meetup.|Works at {company}; keen on {tag}.|Former colleague, generous with time.|Introduced me to the {company} team.|Thinking about a career change next year.|Runs marathons; two kids.',
    ),
    interactionNotes: list(
      'Quick coffee, talked about {tag}.|Sent an article about {tag}.|Asked me to review a CV.|Follow-up meeting on the proposal.|Congratulated them on the new role.|Agreed to catch up after the summer.',
    ),
  },
};

/** Companies with their sector and e-mail domain; the first ones employ the most people. */
export const companies: readonly { name: string; sector: string; domain: string }[] = [
  { name: 'Telefónica', sector: 'telecom', domain: 'telefonica.example' },
  { name: 'Acme Corp', sector: 'manufacturing', domain: 'acme.example' },
  { name: 'Itaú Unibanco', sector: 'banking', domain: 'itau.example' },
  { name: 'Soluções Digitais', sector: 'software', domain: 'solucoes.example' },
  { name: 'Ferrero Dolciaria', sector: 'food', domain: 'ferrero.example' },
  { name: 'Construcciones Núñez', sector: 'construction', domain: 'nunez.example' },
  { name: 'Globex', sector: 'software', domain: 'globex.example' },
  { name: 'Banco Português', sector: 'banking', domain: 'bancopt.example' },
  { name: 'Tecnologie Ferrari', sector: 'automotive', domain: 'tferrari.example' },
  { name: 'Initech', sector: 'software', domain: 'initech.example' },
  { name: 'Energía Verde', sector: 'energy', domain: 'energiaverde.example' },
  { name: 'Café Três Corações', sector: 'food', domain: 'trescoracoes.example' },
  { name: 'Università di Bologna', sector: 'education', domain: 'unibo.example' },
  { name: 'Universidad Complutense', sector: 'education', domain: 'ucm.example' },
  { name: 'Northwind Traders', sector: 'retail', domain: 'northwind.example' },
  { name: 'Logística Peña', sector: 'logistics', domain: 'logisticapena.example' },
  { name: 'Saúde Mais', sector: 'health', domain: 'saudemais.example' },
  { name: 'Moda Sforzesca', sector: 'fashion', domain: 'sforzesca.example' },
  { name: 'Hooli', sector: 'software', domain: 'hooli.example' },
  { name: 'Pied Piper', sector: 'software', domain: 'piedpiper.example' },
  { name: 'Consultoría Ibáñez & Asociados', sector: 'consulting', domain: 'ibanez.example' },
  { name: 'Agência Criativa Lúmen', sector: 'marketing', domain: 'lumen.example' },
  { name: 'Vini del Piemonte', sector: 'food', domain: 'vinipiemonte.example' },
  { name: 'Stark Industries', sector: 'manufacturing', domain: 'stark.example' },
  { name: 'Seguros Castaño', sector: 'insurance', domain: 'castano.example' },
  { name: 'Fintech Açaí', sector: 'fintech', domain: 'acai.example' },
  { name: 'Gelateria Nicolò', sector: 'food', domain: 'gelnicolo.example' },
  { name: 'Umbrella Health', sector: 'health', domain: 'umbrella.example' },
  { name: 'Diseño Ñandú', sector: 'design', domain: 'nandu.example' },
  { name: 'Wayne Enterprises', sector: 'conglomerate', domain: 'wayne.example' },
  { name: 'Câmara de Comércio', sector: 'public', domain: 'camara.example' },
  { name: 'Studio Caffè Lattè', sector: 'design', domain: 'caffelatte.example' },
  { name: 'Médicos Sin Fronteras', sector: 'nonprofit', domain: 'msf.example' },
  { name: 'Robótica Andina', sector: 'robotics', domain: 'andina.example' },
  { name: 'Blue Sky Ventures', sector: 'venture capital', domain: 'bluesky.example' },
  { name: 'Editorial Pájaro', sector: 'publishing', domain: 'pajaro.example' },
];

/** Interests and labels, lower case as the schema stores them; the first ones are the most common. */
export const tags: readonly string[] = list(
  'fintech|python|startups|design|ai|marketing|running|música|fotografía|mentor|recruiter|investor|product|data|sustentabilidade|cucina|football|kotlin|ux|salud|alumni|conference|open-source|leadership|vendas|escalada|vino|ciclismo|rust|hiring',
);

export const knowsHow: readonly string[] = list(
  'university friends|siblings|met at a conference|same running club|compañeros de máster|vizinhos|ex colleghi|co-founders of a side project|neighbours|married',
);

export const channelsByKind: Record<InteractionKind, readonly string[]> = {
  message: list('whatsapp|linkedin|telegram|sms'),
  email: list('email'),
  call: list('phone|whatsapp|zoom'),
  meeting: list('in person|zoom|teams|meet'),
  coffee: list('in person'),
  event: list('in person'),
  comment: list('linkedin|x|instagram'),
  introduction: list('email|linkedin'),
  connection: list('linkedin'),
};
