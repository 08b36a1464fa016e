/** A message the coach wants to say, as a catalogue key and its parameters, rendered per locale. */

export type MessageParams = Record<string, string | number>;

export interface Message {
  key: string;
  params?: MessageParams;
}
