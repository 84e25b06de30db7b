export function getGlobal() {
  if (typeof globalThis !== "undefined") return globalThis;
  if (typeof self !== "undefined") return self;
  if (typeof window !== "undefined") return window;
  return new Function("return this")();
}

export function onIdle(cb) {
  const g = getGlobal();
  if (typeof g.requestIdleCallback === "function") return g.requestIdleCallback(cb);
  return setTimeout(cb, 1);
}
