/**
 * Queries built and compiled once, then run with new parameter values. Kysely builds an operation
 * tree, runs it through the CamelCasePlugin and compiles it to SQL on every call: on the hot read
 * paths (the agenda, search, the contact page) that costs as much as a small indexed query.
 *
 * `prepared(build)` calls `build` once with placeholder values (unique strings or numbers), compiles
 * the query and remembers where each placeholder landed among the parameters; each later call
 * substitutes the real values there and runs the same SQL. The result still goes through the
 * plugins (rows are mapped to camelCase as before). Only for values that reach the SQL unchanged as
 * parameters: a placeholder that the builder transforms, or that does not end up as a parameter,
 * makes the first call throw instead of running a wrong query.
 */
import type { Compilable, CompiledQuery, Kysely } from 'kysely';
import type { Database } from './schema.js';

type Args = Record<string, string | number>;

const PLACEHOLDER = '\u0000nexo-prepared:';
/** Numbers no caller passes as a limit or count. */
const NUMBER_BASE = -7_340_000_001;

export interface Prepared<A extends Args, R> {
  /** Runs the query with `args` on `db` (the database or a transaction of it). */
  execute(db: Pick<Kysely<Database>, 'executeQuery'>, args: A): Promise<R[]>;
}

/**
 * A query of fixed shape. `shape` names each argument with an example of its type (a string or a
 * number); `build` must use each argument only as a plain value.
 */
export function prepared<A extends Args, R>(shape: A, build: (args: A) => Compilable<R>): Prepared<A, R> {
  let compiled: CompiledQuery<R> | undefined;
  /** For each parameter, the argument it takes, or undefined for a constant. */
  let slots: (keyof A | undefined)[] = [];
  let names: (keyof A)[] = [];

  const compile = () => {
    names = Object.keys(shape);
    const placeholders = {} as Record<keyof A, string | number>;
    const byPlaceholder = new Map<string | number, keyof A>();
    names.forEach((name, i) => {
      const value = typeof shape[name] === 'number' ? NUMBER_BASE - i : `${PLACEHOLDER}${String(name)}`;
      placeholders[name] = value;
      byPlaceholder.set(value, name);
    });
    const query = build(placeholders as A).compile();
    slots = query.parameters.map((p) => byPlaceholder.get(p as string | number));
    for (const name of names) {
      if (!slots.includes(name)) throw new Error(`prepared: argument "${String(name)}" is not a plain parameter.`);
    }
    if (query.sql.includes(PLACEHOLDER)) throw new Error('prepared: a placeholder was inlined in the SQL.');
    return query;
  };

  return {
    async execute(db, args) {
      compiled ??= compile();
      const constants = compiled.parameters;
      const parameters = slots.map((name, i) => (name === undefined ? constants[i] : args[name]));
      const result = await db.executeQuery<R>({ ...compiled, parameters });
      return result.rows;
    },
  };
}
