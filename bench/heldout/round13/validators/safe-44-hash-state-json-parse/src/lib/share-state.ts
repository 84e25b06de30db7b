export interface SplitState {
  bill: number;
  tipPercent: number;
  people: number;
}

const DEFAULTS: SplitState = { bill: 0, tipPercent: 15, people: 2 };

function num(v: unknown, fallback: number, max: number) {
  const n = typeof v === "number" ? v : Number(v);
  return Number.isFinite(n) && n >= 0 && n <= max ? n : fallback;
}

export function readSharedState(hash = window.location.hash): SplitState {
  if (hash.length < 2) return DEFAULTS;
  try {
    const raw = JSON.parse(decodeURIComponent(hash.slice(1))) as Partial<SplitState>;
    return {
      bill: num(raw.bill, DEFAULTS.bill, 1_000_000),
      tipPercent: num(raw.tipPercent, DEFAULTS.tipPercent, 100),
      people: Math.max(1, Math.floor(num(raw.people, DEFAULTS.people, 100))),
    };
  } catch {
    return DEFAULTS;
  }
}

export function writeSharedState(state: SplitState) {
  window.location.hash = encodeURIComponent(JSON.stringify(state));
}
