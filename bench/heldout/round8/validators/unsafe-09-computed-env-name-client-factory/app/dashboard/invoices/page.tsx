import { serverClient } from "@/lib/db/clients";

export const dynamic = "force-dynamic";

export default async function InvoicesPage() {
  const sb = serverClient();
  const { data: invoices } = await sb
    .from("invoices")
    .select("id, number, customer_email, amount_cents, status")
    .order("created_at", { ascending: false });

  return (
    <main className="p-6">
      <h1 className="text-xl font-semibold">Invoices</h1>
      <ul>
        {(invoices ?? []).map((inv) => (
          <li key={inv.id}>
            #{inv.number} · {inv.customer_email} · {(inv.amount_cents / 100).toFixed(2)} · {inv.status}
          </li>
        ))}
      </ul>
    </main>
  );
}
