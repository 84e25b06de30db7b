const SOURCES = {
  currency: "return '$' + v.toFixed(2);",
  percent: "return (v * 100).toFixed(1) + '%';",
  compact: "return v >= 1000 ? (v / 1000).toFixed(1) + 'k' : String(v);",
} as const;

export type FormatterKey = keyof typeof SOURCES;

const compiled = Object.fromEntries(
  Object.entries(SOURCES).map(([k, src]) => [k, new Function("v", src) as (v: number) => string])
) as Record<FormatterKey, (v: number) => string>;

export function format(key: string, value: number): string {
  const fn = Object.hasOwn(compiled, key) ? compiled[key as FormatterKey] : undefined;
  return fn ? fn(value) : String(value);
}
