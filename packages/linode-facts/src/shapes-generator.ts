// Writes src/shapes.ts from the facts: one TypeScript object type per Linode object schema, as
// Linode really sends it (README, "Types"): every key may be absent or null, enums are open (a
// value the spec does not list is still a string), integers are numbers. Nested objects get their
// own type, named after their place (`Linode.specs` -> `LinodeSpecs`).
import { ANSWER_SHAPES, type Facts, type FieldFact } from './index.js';

const HEADER = `// Generated from the Linode facts (spec and overlay) by \`npm run shapes -w linode-facts\`: do not edit.
// What Linode sends: any key may be absent or null, enums are open, integers are numbers.
`;

function pascalCase(key: string): string {
  return key.replace(/(^|[._-])([a-z0-9])/gi, (_, _sep: string, c: string) => c.toUpperCase());
}

/** `region_prices` -> `region_price`: the name of one item of a list. */
function singular(name: string): string {
  if (name.endsWith('ies')) return `${name.slice(0, -3)}y`;
  if (name.endsWith('sses') || name.endsWith('xes')) return name.slice(0, -2);
  if (name.endsWith('s') && !name.endsWith('ss')) return name.slice(0, -1);
  return name;
}

/** A value Linode may send as null (`unknown` holds null already). */
function orNull(type: string): string {
  return type === 'unknown' ? type : `${type} | null`;
}

/** A string literal as Prettier writes it: single quotes, unless the text holds one. */
function literal(text: string): string {
  return text.includes("'") ? JSON.stringify(text) : `'${text.replace(/\\/g, '\\\\')}'`;
}

function propertyName(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : literal(key);
}

/** The members of a union at its top level (not inside `Array<...>` or parentheses). */
function unionMembers(type: string): string[] {
  const members: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < type.length; i += 1) {
    if ('<('.includes(type[i])) depth += 1;
    else if ('>)'.includes(type[i])) depth -= 1;
    else if (depth === 0 && type.startsWith(' | ', i)) {
      members.push(type.slice(start, i));
      start = i + 3;
    }
  }
  return [...members, type.slice(start)];
}

const PRINT_WIDTH = 140; // .prettierrc: the file is written as Prettier would format it

/** One property of an object type; a union too long for a line gets a line per member, as Prettier does. */
function property(key: string, type: string): string {
  const line = `  ${propertyName(key)}?: ${type};`;
  if (line.length <= PRINT_WIDTH) return line;
  // A list of a long union, or null: Prettier breaks inside the list's type argument.
  const members = unionMembers(type);
  const inner = /^Array<(.*)>$/.exec(members[0])?.[1];
  if (members.length === 2 && members[1] === 'null' && inner !== undefined && unionMembers(inner).length > 1)
    return `  ${propertyName(key)}?: Array<\n    ${inner}\n  > | null;`;
  return `  ${propertyName(key)}?:\n${unionMembers(type)
    .map((member) => `    | ${member}`)
    .join('\n')};`;
}

class ShapeWriter {
  private readonly declarations: string[] = [];
  private readonly taken: Set<string>;
  /** A named schema's facts (as JSON) -> its name: a nested object that is one takes its name. */
  private readonly named = new Map<string, string>();

  constructor(schemas: ReadonlyArray<readonly [string, FieldFact]>) {
    this.taken = new Set(schemas.map(([name]) => name));
    for (const [name, fact] of schemas) if (!this.named.has(JSON.stringify(fact))) this.named.set(JSON.stringify(fact), name);
  }

  /** Declares `name` for a fact (an object, or a list at the top) and returns it. */
  declare(name: string, fact: FieldFact): string {
    if (fact.type === 'object' && fact.fields && Object.keys(fact.fields).length > 0) {
      const at = this.declarations.push('') - 1; // parents before their nested objects
      const lines = Object.entries(fact.fields)
        .filter(([, field]) => !field.writeOnly) // never sent back
        .map(([key, field]) => property(key, orNull(this.typeOf(field, `${name}${pascalCase(key)}`))));
      // A type literal, not an interface: it fits `Record<string, unknown>`, as code reading any key takes it.
      this.declarations[at] = `export type ${name} = {\n${lines.join('\n')}\n};\n`;
    } else {
      this.declarations.push(`export type ${name} = ${this.typeOf(fact, name, true)};\n`);
    }
    return name;
  }

  /** The TypeScript type of a value; nested objects become interfaces named `name`. */
  private typeOf(fact: FieldFact, name: string, top = false): string {
    const strings = fact.enum?.filter((v): v is string => typeof v === 'string') ?? [];
    if (strings.length > 0) return [...[...new Set(strings)].map(literal), '(string & {})'].join(' | ');
    switch (fact.type) {
      case 'string':
        return 'string';
      case 'integer':
      case 'number':
        return 'number';
      case 'boolean':
        return 'boolean';
      case 'array':
        return `Array<${orNull(this.typeOf(fact.items ?? {}, singular(name)))}>`;
      case 'object':
        if (!fact.fields || Object.keys(fact.fields).length === 0) return 'Record<string, unknown>';
        if (top) throw new Error(`${name}: an object is declared, not aliased`);
        return this.named.get(JSON.stringify(fact)) ?? this.declare(this.unique(name), fact);
      default:
        return 'unknown';
    }
  }

  /** A nested object's name; a schema or another nested object may hold it already. */
  private unique(name: string): string {
    let candidate = name;
    for (let n = 2; this.taken.has(candidate); n += 1) candidate = `${name}${n}`;
    this.taken.add(candidate);
    return candidate;
  }

  source(): string {
    return `${HEADER}\n${this.declarations.join('\n')}`;
  }
}

/** The TypeScript source of src/shapes.ts, formatted as Prettier formats it. */
export function shapesSource(facts: Facts): string {
  const answers = Object.entries(ANSWER_SHAPES).map(([name, { method, path }]) => {
    const op = facts.operations.find((o) => o.method === method && o.path === path);
    if (!op?.response) throw new Error(`No response for ${method} ${path} in the Linode facts`);
    return [name, op.response] as const;
  });
  const schemas = [...Object.entries(facts.schemas), ...answers].sort(([a], [b]) => a.localeCompare(b));
  const writer = new ShapeWriter(schemas);
  for (const [name, fact] of schemas) writer.declare(name, fact);
  const objects = schemas.filter(([, fact]) => fact.type === 'object').map(([name]) => `  ${name}: ${name};`);
  return `${writer.source()}\n/** Every object shape by its name in the facts. */\nexport interface LinodeShapes {\n${objects.join('\n')}\n}\n`;
}
