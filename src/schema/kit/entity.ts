// Linode points at "entities" as `{id, type, label, url}` (events, firewall devices, tickets).
// An entity union resolves those of this graph's types through their loaders.
import { builder } from '../builder.js';
import { typenameOf } from './linode-values.js';
import { loadRelated } from './relation.js';
import { isValidId, type IdKind } from './ids.js';
import type { Field, Fields, Id, Loadable } from './types.js';

/** What Linode says of an entity: its id, its kind (`linode`, `volume`, ...), its label and its API path. */
export type EntityRef = { id?: Id | null; type?: string | null; label?: string | null; url?: string | null } | null | undefined;

/** The field resolving an entity of a parent, as `entityUnion` makes it. */
export type EntityField = <Parent>(t: Fields<Parent>, entityOf: (parent: Parent) => EntityRef, description: string) => Field;

/** A member of an entity union: a resource loaded by id, whose collection path lets an entity's url name it. */
export type EntityMember = Loadable<unknown> & { config?: { path: string; idKind: IdKind } };

/**
 * The members of an entity union by Linode's entity type; a type may name several resources (a
 * `database`: MySQL or PostgreSQL), which only the entity's url tells apart.
 */
export type EntityMembers = Record<string, EntityMember | readonly EntityMember[]>;

const all = (members: EntityMembers): EntityMember[] => [...new Set(Object.values(members).flat())];

/** The one member a type names (none when it names several: only a url tells them apart). */
function onlyMember(named: EntityMember | readonly EntityMember[] | undefined): EntityMember | undefined {
  if (named === undefined || !('length' in named)) return named;
  return named.length === 1 ? named[0] : undefined;
}

/**
 * The member an entity names, and the id to load: the member whose collection its url points into
 * (a database's url tells its engine, a private image's its `private/` id, which the entity's id
 * leaves out), else the member its type names (by its label when the member is identified by
 * username, as users are). Null for anything else: the entity stays readable as Linode sent it.
 */
export function entityTarget(members: EntityMembers, entity: NonNullable<EntityRef>): { member: EntityMember; id: Id } | null {
  const path = entity.url?.replace(/^\/v4(beta)?(?=\/)/, '');
  let found: { member: EntityMember; id: Id; depth: number } | null = null;
  for (const member of path ? all(members) : []) {
    const base = member.config?.path;
    if (!base || !path?.startsWith(`${base}/`) || (found && found.depth >= base.length)) continue;
    const id = path.slice(base.length + 1);
    if (member.config && isValidId(member.config.idKind, id)) found = { member, id, depth: base.length };
  }
  if (found) return { member: found.member, id: found.id };
  const member = entity.type ? onlyMember(members[entity.type]) : undefined;
  const id = member?.config?.idKind === 'username' ? entity.label : entity.id;
  return member && id !== null && id !== undefined ? { member, id } : null;
}

/**
 * A union over `types` (Linode entity type -> resource) and the field resolving `entityOf(parent)`.
 * `types` is a thunk: entity unions and their members import each other.
 */
export function entityUnion(name: string, description: string, typesOf: () => EntityMembers): EntityField {
  const union = builder.unionType(name, {
    description,
    types: () => all(typesOf()).map((r) => r.ref),
    resolveType: (value) => typenameOf(value),
  });
  return (t, entityOf, fieldDescription) =>
    t.field({
      type: union,
      nullable: true,
      description: fieldDescription,
      resolve: (parent, _args, ctx) => {
        const entity = entityOf(parent);
        const target = entity ? entityTarget(typesOf(), entity) : null;
        // An entity deleted since is normal for old records: null, not an error.
        return target ? loadRelated(ctx, target.member, target.id) : null;
      },
    });
}

/**
 * For an object with an entity (omitted as a plain field): Linode's type, id, label and url of
 * it, readable whatever the type, and the entity itself through `entityField`, so no nested
 * object borrows the entity's id. `prefix` names the fields (`entity`, `secondaryEntity`).
 */
export function entityFields<Parent>(
  t: Fields<Parent>,
  entityField: EntityField,
  entityOf: (parent: Parent) => EntityRef,
  description: string,
  prefix = 'entity',
): Record<string, Field> {
  const noun = prefix === 'entity' ? 'entity' : 'second entity';
  return {
    [`${prefix}Type`]: t.string({
      nullable: true,
      description: `Linode's type of the ${noun} (\`linode\`, \`volume\`, \`ticket\`, ...), including types outside this graph.`,
      resolve: (p) => entityOf(p)?.type ?? null,
    }),
    [`${prefix}Id`]: t.id({
      nullable: true,
      description: `The ${noun}'s id as Linode sent it (a private image's is its number alone).`,
      resolve: (p) => entityOf(p)?.id ?? null,
    }),
    [`${prefix}Label`]: t.string({
      nullable: true,
      description: `The ${noun}'s label as Linode recorded it.`,
      resolve: (p) => entityOf(p)?.label ?? null,
    }),
    [`${prefix}Url`]: t.string({
      nullable: true,
      description: `The ${noun}'s API path as Linode sent it (\`/v4/linode/instances/123\`).`,
      resolve: (p) => entityOf(p)?.url ?? null,
    }),
    [prefix]: entityField(t, entityOf, description),
  };
}
