import { createClient } from "@/utils/supabase/server";

export default async function Shop() {
  const supabase = await createClient();
  const { data: products } = await supabase
    .from("products")
    .select("id, name, price_cents, image_url")
    .eq("is_active", true)
    .order("name");

  return (
    <main className="grid grid-cols-2 gap-4 p-6 md:grid-cols-4">
      {products?.map((p) => (
        <article key={p.id} className="rounded-lg border p-3">
          {p.image_url && <img src={p.image_url} alt={p.name} className="aspect-square w-full object-cover" />}
          <h2 className="mt-2 font-medium">{p.name}</h2>
          <p>{(p.price_cents / 100).toFixed(2)} €</p>
        </article>
      ))}
    </main>
  );
}
