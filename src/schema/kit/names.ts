// Name conversions between Linode's snake_case and GraphQL conventions.

export function camelCase(name: string): string {
  return name.replace(/[._-]([a-z0-9])/gi, (_, c: string) => c.toUpperCase());
}

export function pascalCase(name: string): string {
  const camel = camelCase(name);
  return camel.charAt(0).toUpperCase() + camel.slice(1);
}

/** `shutting_down` -> `SHUTTING_DOWN`, `needsPostProcessing` -> `NEEDS_POST_PROCESSING`, `not ready` -> `NOT_READY`. */
export function upperSnake(value: string): string {
  const snake = value
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
  if (snake === '') return 'EMPTY';
  return /^[0-9]/.test(snake) ? `_${snake}` : snake;
}

/** Naive singular for nested list item types: `region_prices` -> `RegionPrice`. */
export function singular(name: string): string {
  if (name.endsWith('ies')) return `${name.slice(0, -3)}y`;
  if (name.endsWith('sses') || name.endsWith('xes')) return name.slice(0, -2);
  if (name.endsWith('s') && !name.endsWith('ss')) return name.slice(0, -1);
  return name;
}
