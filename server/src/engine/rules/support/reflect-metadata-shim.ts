/**
 * The few `Reflect` metadata functions tsyringe (a dependency of @peculiar/x509) checks for and
 * uses, installed only when no real polyfill is present. Import this module before @peculiar/x509.
 * If the project adds the `reflect-metadata` package, this file can become `import 'reflect-metadata'`.
 */
type Key = unknown;
type Target = object;

interface MetadataReflect {
  getMetadata?: unknown;
  defineMetadata(key: Key, value: unknown, target: Target, property?: string | symbol): void;
  getOwnMetadata(key: Key, target: Target, property?: string | symbol): unknown;
  hasOwnMetadata(key: Key, target: Target, property?: string | symbol): boolean;
  hasMetadata(key: Key, target: Target, property?: string | symbol): boolean;
  metadata(key: Key, value: unknown): (target: Target, property?: string | symbol) => void;
}

const reflect = Reflect as unknown as MetadataReflect & { getMetadata(key: Key, target: Target, property?: string | symbol): unknown };

if (typeof reflect.getMetadata !== 'function') {
  const store = new WeakMap<Target, Map<string | symbol, Map<Key, unknown>>>();
  const own = (target: Target, property: string | symbol | undefined, create: boolean): Map<Key, unknown> | undefined => {
    let byProperty = store.get(target);
    if (!byProperty) {
      if (!create) return undefined;
      byProperty = new Map();
      store.set(target, byProperty);
    }
    const name = property ?? '';
    let values = byProperty.get(name);
    if (!values && create) {
      values = new Map();
      byProperty.set(name, values);
    }
    return values;
  };
  reflect.defineMetadata = (key, value, target, property) => void own(target, property, true)!.set(key, value);
  reflect.getOwnMetadata = (key, target, property) => own(target, property, false)?.get(key);
  reflect.hasOwnMetadata = (key, target, property) => own(target, property, false)?.has(key) ?? false;
  reflect.getMetadata = (key, target, property) => {
    // Walks the prototype chain; bounded by its (finite, acyclic) length.
    for (let t: Target | null = target; t; t = Object.getPrototypeOf(t) as Target | null) {
      const values = own(t, property, false);
      if (values?.has(key)) return values.get(key);
    }
    return undefined;
  };
  reflect.hasMetadata = (key, target, property) => reflect.getMetadata(key, target, property) !== undefined;
  reflect.metadata = (key, value) => (target, property) => reflect.defineMetadata(key, value, target, property);
}

export {};
