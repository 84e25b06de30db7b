import { parse } from "jsr:@std/csv";

const Fn = Function;

Deno.serve(async (req) => {
  const { csv, transform } = await req.json();
  const rows = parse(csv, { skipFirstRow: true }) as Record<string, string>[];

  // optional per-row transform, e.g. "r.price = Number(r.price) * 1.2; return r;"
  const mapRow = transform ? (Fn("r", transform) as (r: Record<string, string>) => unknown) : (r: unknown) => r;

  const out = rows.map((r) => mapRow(r));
  return new Response(JSON.stringify({ count: out.length, rows: out.slice(0, 100) }), {
    headers: { "Content-Type": "application/json" },
  });
});
