const Fn = Function;

Deno.serve(async (req) => {
  const { labels, values, labelFormat } = await req.json();
  const format = new Fn("v", "i", `return ${labelFormat ?? "v"};`) as (v: number, i: number) => string;
  const points = (values as number[]).map((v, i) => ({ label: format(v, i), value: v, name: labels?.[i] }));
  return new Response(JSON.stringify({ points }), { headers: { "Content-Type": "application/json" } });
});
