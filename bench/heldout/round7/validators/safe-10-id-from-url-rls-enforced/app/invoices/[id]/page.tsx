import { notFound, redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

export default async function InvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) redirect("/login");

  // RLS restricts rows to the owner; another user's id simply returns nothing
  const { data: invoice } = await supabase
    .from("invoices")
    .select("id, number, total_cents, status, issued_at")
    .eq("id", id)
    .maybeSingle();

  if (!invoice) notFound();

  return (
    <main className="mx-auto max-w-xl p-6">
      <h1 className="text-2xl font-semibold">Invoice #{invoice.number}</h1>
      <p>Status: {invoice.status}</p>
      <p>Total: {(invoice.total_cents / 100).toFixed(2)} EUR</p>
    </main>
  );
}
