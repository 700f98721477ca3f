/**
 * A module loaded on its first use: a stand-in whose every property read loads the module (once, with Node's
 * synchronous require) and reads the property there. The library entry re-exports zod's schemas, the verifier,
 * publishing and the extractor through these, so `require("plan-targets")` and a first answer from the compiled
 * seeds load none of them.
 */
export function onDemand<M extends object>(load: () => M): M {
  let loaded: M | undefined;
  return new Proxy({} as M, { get: (_, key) => Reflect.get((loaded ??= load()), key) as unknown });
}
