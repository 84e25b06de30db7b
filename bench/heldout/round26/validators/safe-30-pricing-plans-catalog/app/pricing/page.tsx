import { createClient } from "@/lib/supabase/server";

export default async function PricingPage() {
  const supabase = await createClient();
  const { data: plans } = await supabase
    .from("plans")
    .select("id, name, monthly_price_cents, features")
    .eq("active", true)
    .order("sort_order");

  return (
    <section className="grid gap-6 md:grid-cols-3">
      {plans?.map((p) => (
        <div key={p.id} className="rounded-xl border p-6">
          <h2 className="text-xl font-semibold">{p.name}</h2>
          <p className="mt-2 text-3xl">${(p.monthly_price_cents / 100).toFixed(0)}/mo</p>
          <ul className="mt-4 space-y-1 text-sm">
            {p.features.map((f: string) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
