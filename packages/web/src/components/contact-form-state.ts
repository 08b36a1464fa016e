/** The contact form's text state and its conversion to and from the API's contact shape. */
import type { Circle, ContactContext, ContactListItem, NewContact, Tier } from '../api/types';

export interface ContactFormState {
  name: string;
  company: string;
  role: string;
  sector: string;
  location: string;
  emails: string;
  phones: string;
  linkedinUrl: string;
  context: ContactContext | '';
  circle: Circle;
  tier: Tier;
  tags: string;
  notes: string;
  photo: string;
  cadenceDays: string;
  /** `YYYY-MM-DD`, or `--MM-DD` when the year is unknown (kept as imported). */
  birthday: string;
}

/** The fields of the form, as the API names them (to place its errors). */
export const contactFormFields = [
  'name',
  'company',
  'role',
  'sector',
  'location',
  'emails',
  'phones',
  'linkedinUrl',
  'context',
  'circle',
  'tier',
  'tags',
  'notes',
  'photo',
  'cadenceDays',
  'birthday',
] as const;

export const emptyContactForm: ContactFormState = {
  name: '',
  company: '',
  role: '',
  sector: '',
  location: '',
  emails: '',
  phones: '',
  linkedinUrl: '',
  context: '',
  circle: 'professional',
  tier: 'network',
  tags: '',
  notes: '',
  photo: '',
  cadenceDays: '',
  birthday: '',
};

export function formFromContact(c: ContactListItem): ContactFormState {
  return {
    name: c.name,
    company: c.company ?? '',
    role: c.role ?? '',
    sector: c.sector ?? '',
    location: c.location ?? '',
    emails: c.emails.join(', '),
    phones: c.phones.join(', '),
    linkedinUrl: c.linkedinUrl ?? '',
    context: c.context ?? '',
    circle: c.circle,
    tier: c.tier,
    tags: c.tags.join(', '),
    notes: c.notes ?? '',
    photo: c.photo ?? '',
    cadenceDays: c.cadenceDays === null ? '' : String(c.cadenceDays),
    birthday: c.birthday ?? '',
  };
}

const list = (text: string): string[] =>
  text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** The body for POST /contacts or PATCH /contacts/:id (a full patch: empty fields are cleared). */
export function contactBodyFromForm(f: ContactFormState): NewContact {
  const cadence = f.cadenceDays.trim();
  return {
    name: f.name.trim(),
    company: orNull(f.company),
    role: orNull(f.role),
    sector: orNull(f.sector),
    location: orNull(f.location),
    emails: list(f.emails),
    phones: list(f.phones),
    linkedinUrl: orNull(f.linkedinUrl),
    context: f.context === '' ? null : f.context,
    circle: f.circle,
    tier: f.tier,
    tags: list(f.tags),
    notes: orNull(f.notes),
    photo: orNull(f.photo),
    cadenceDays: cadence === '' ? null : Number(cadence),
    birthday: orNull(f.birthday),
  };
}
