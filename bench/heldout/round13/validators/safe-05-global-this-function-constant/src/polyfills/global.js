// Some embedded webviews we support still lack globalThis.
const getGlobal = () => {
  if (typeof globalThis !== "undefined") return globalThis;
  if (typeof self !== "undefined") return self;
  if (typeof window !== "undefined") return window;
  // eslint-disable-next-line no-new-func
  return Function("return this")();
};

const g = getGlobal();
if (!g.globalThis) g.globalThis = g;

export default g;
