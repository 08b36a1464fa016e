// The few WHATWG globals the core relies on. They exist in every runtime nexo targets (Node.js and
// browsers); declaring them here keeps Node's types, and with them all I/O, out of the core.
declare class URL {
  constructor(input: string, base?: string);
  readonly protocol: string;
  readonly hostname: string;
  readonly pathname: string;
  readonly href: string;
}
