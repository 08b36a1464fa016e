/**
 * Outlook CSV, with English headers and the localised ones Outlook writes in Spanish, Portuguese,
 * Italian, German and French (names, e-mails, phones, company, job title, addresses, birthday,
 * notes, categories). Columns that are not mapped are reported as dropped.
 */
import { parseBirthday } from '../dates.js';
import { addEmail, addPhone, addTags, cityCountry, clean, formatAddress, newDraft, warn } from '../draft.js';
import { normalizeLinkedinUrl } from '../linkedin-url.js';
import { headerKey } from './dialect.js';
import { indexColumns, type CsvFormat, type RowMapper } from './table.js';

const synonyms: Record<string, string[]> = {
  prefix: ['Title', 'Tratamiento', 'Tratamento', 'Titolo', 'Anrede', 'Titre', 'Civilité'],
  given: ['First Name', 'Nombre', 'Nome', 'Vorname', 'Prénom'],
  middle: [
    'Middle Name',
    'Segundo nombre',
    'Segundo Nome',
    'Secondo nome',
    'Weitere Vornamen',
    'Deuxième prénom',
    'Second prénom',
  ],
  family: ['Last Name', 'Apellidos', 'Sobrenome', 'Cognome', 'Nachname', 'Nom'],
  suffix: ['Suffix', 'Sufijo', 'Sufixo', 'Suffisso', 'Suffixe', 'Namenszusatz'],
  company: ['Company', 'Compañía', 'Organización', 'Empresa', 'Società', 'Firma', 'Société'],
  department: ['Department', 'Departamento', 'Reparto', 'Abteilung', 'Service'],
  jobTitle: ['Job Title', 'Puesto', 'Cargo', 'Posizione', 'Position', 'Fonction', 'Poste', 'Titre du poste'],
  businessStreet: [
    'Business Street',
    'Calle del trabajo',
    'Rua comercial',
    'Via (uff.)',
    'Straße geschäftlich',
    'Rue (bureau)',
  ],
  businessCity: [
    'Business City',
    'Ciudad de trabajo',
    'Cidade comercial',
    'Città (uff.)',
    'Ort geschäftlich',
    'Ville (bureau)',
  ],
  businessState: [
    'Business State',
    'Provincia o estado de trabajo',
    'Estado comercial',
    'Provincia (uff.)',
    'Region geschäftlich',
    'Bundesland/Kanton geschäftlich',
    'État/Prov (bureau)',
  ],
  businessPostal: [
    'Business Postal Code',
    'Código postal del trabajo',
    'CEP comercial',
    'CAP (uff.)',
    'Postleitzahl geschäftlich',
    'Code postal (bureau)',
  ],
  businessCountry: [
    'Business Country/Region',
    'Business Country',
    'País o región del trabajo',
    'País/Região comercial',
    'Paese (uff.)',
    'Land/Region geschäftlich',
    'Pays/Région (bureau)',
  ],
  homeStreet: ['Home Street', 'Calle del domicilio', 'Rua residencial', 'Via (ab.)', 'Straße privat', 'Rue (domicile)'],
  homeCity: [
    'Home City',
    'Ciudad de residencia',
    'Cidade residencial',
    'Città (ab.)',
    'Ort privat',
    'Ville (domicile)',
  ],
  homeState: [
    'Home State',
    'Provincia o estado de residencia',
    'Estado residencial',
    'Provincia (ab.)',
    'Region privat',
    'Bundesland/Kanton privat',
    'État/Prov (domicile)',
  ],
  homePostal: [
    'Home Postal Code',
    'Código postal de residencia',
    'CEP residencial',
    'CAP (ab.)',
    'Postleitzahl privat',
    'Code postal (domicile)',
  ],
  homeCountry: [
    'Home Country/Region',
    'Home Country',
    'País o región de residencia',
    'País/Região residencial',
    'Paese (ab.)',
    'Land/Region privat',
    'Pays/Région (domicile)',
  ],
  birthday: ['Birthday', 'Cumpleaños', 'Compleanno', 'Geburtstag', 'Anniversaire', 'Aniversário'],
  anniversary: ['Anniversary', 'Anniversario', 'Jahrestag', 'Anniversaire de mariage'],
  notes: ['Notes', 'Notas', 'Anotações', 'Observações', 'Note', 'Notizen'],
  categories: ['Categories', 'Categorías', 'Categorias', 'Categorie', 'Kategorien', 'Catégories'],
  webPage: ['Web Page', 'Página web', 'Página da Web', 'Pagina Web', 'Webseite', 'Page Web'],
  spouse: ['Spouse', 'Cónyuge', 'Cônjuge', 'Coniuge', 'Partner', 'Conjoint(e)'],
  manager: [
    "Manager's Name",
    'Nombre del director',
    'Nome do gerenciador',
    'Nome del manager',
    'Vorgesetzter',
    'Nom du responsable',
  ],
  assistant: [
    "Assistant's Name",
    'Nombre del ayudante',
    'Nome do assistente',
    "Nome dell'assistente",
    'Name des Assistenten',
    "Nom de l'assistant(e)",
  ],
};

const byKey = new Map<string, string>();
for (const [field, names] of Object.entries(synonyms))
  for (const n of names) if (!byKey.has(headerKey(n))) byKey.set(headerKey(n), field);

const emailWord = /(^| )(e mail|email|correo electronico|posta elettronica|messagerie)( |$)/;
const emailAddress = /(address|adresse|direccion|endereco|indirizzo|messagerie)/;
const notEmail = /(display|anzeige|mostrar|visualizzato|exibicao|type|tipo|typ|nom complet)/;
const phoneWord =
  /(phone|telefon|telefono|telephone|movil|mobil|celular|cellulare|fax|pager|telecopie|localizador|cercapersone|radiomessagerie|abitazione)/;

/** The field an Outlook header cell maps to, or null. */
export function outlookField(header: string): string | null {
  const k = headerKey(header);
  const known = byKey.get(k);
  if (known) return known;
  if (emailWord.test(k) && emailAddress.test(k) && !notEmail.test(k)) return 'email';
  if (phoneWord.test(k)) return 'phone';
  return null;
}

const strong = [
  'jobTitle',
  'businessStreet',
  'businessCity',
  'homeStreet',
  'email',
  'phone',
  'categories',
  'company',
  'given',
  'family',
];

/** The Outlook contacts CSV format. */
export const outlookCsv: CsvFormat = {
  format: 'outlook',
  scoreHeader(cells) {
    const fields = new Set(cells.map(outlookField).filter((f): f is string => f !== null));
    const hits = strong.filter((f) => fields.has(f)).length;
    return hits >= 4 && (fields.has('given') || fields.has('family')) ? 1 : 0;
  },
  createMapper(header): RowMapper {
    // Spanish "Aniversario" is the anniversary; Portuguese "Aniversário" is the birthday.
    const spanish = header.some((h) => headerKey(h) === 'cumpleanos');
    const columns = indexColumns(header, (h) => {
      const field = outlookField(h);
      return field === 'birthday' && spanish && headerKey(h) === 'aniversario' ? 'anniversary' : field;
    });
    return {
      used: columns.used,
      map(cells, where) {
        const get = (field: string) => columns.get(cells, field);
        const all = (field: string) => columns.all(cells, field);
        const d = newDraft();
        d.givenName = clean(get('given'));
        d.middleName = clean(get('middle'));
        d.familyName = clean(get('family'));
        d.company = clean(get('company'));
        d.role = clean(get('jobTitle'));
        for (const e of all('email')) addEmail(d, e, where, 'E-mail');
        for (const p of all('phone')) addPhone(d, p, where, 'Phone');
        for (const kind of ['business', 'home'] as const) {
          const address = formatAddress({
            street: get(`${kind}Street`),
            locality: get(`${kind}City`),
            region: get(`${kind}State`),
            postalCode: get(`${kind}Postal`),
            country: get(`${kind}Country`),
          });
          if (address && !d.addresses.includes(address)) d.addresses.push(address);
          d.location ??= cityCountry(get(`${kind}City`), get(`${kind}Country`)) ?? address;
        }
        const birthday = get('birthday');
        if (birthday && !/^0?0?\/0?0?\/0{2,4}$/.test(birthday)) {
          d.birthday = parseBirthday(birthday);
          if (!d.birthday) {
            d.extras.push(`Birthday: ${birthday}`);
            warn(d, where, 'bad-date', 'birthdayNotDate', { value: birthday });
          }
        }
        const notes = get('notes');
        if (notes) d.notes.push(notes.replace(/\r\n?/g, '\n'));
        addTags(d, get('categories').split(/[;,]/));
        const extra = (label: string, v: string) => {
          if (v) d.extras.push(`${label}: ${v}`);
        };
        const web = get('webPage');
        const li = web ? normalizeLinkedinUrl(web) : null;
        if (li) d.linkedinUrl = li;
        else extra('Website', web);
        extra('Title', get('prefix'));
        extra('Suffix', get('suffix'));
        extra('Department', get('department'));
        const anniversary = get('anniversary');
        extra('Anniversary', anniversary ? (parseBirthday(anniversary) ?? anniversary) : '');
        extra('Spouse', get('spouse'));
        extra('Manager', get('manager'));
        extra('Assistant', get('assistant'));
        return { draft: d };
      },
    };
  },
};
