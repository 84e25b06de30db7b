import { data } from "react-router";
import type { Route } from "./+types/invoices.$invoiceId";
import { requireUserId } from "~/services/session.server";
import { db } from "~/services/db.server";

export async function loader({ request, params }: Route.LoaderArgs) {
  await requireUserId(request);

  const invoice = await db.invoice.findUnique({
    where: { id: params.invoiceId },
    include: { client: true, items: true },
  });
  if (!invoice) throw data("Invoice not found", { status: 404 });

  return { invoice };
}

export default function InvoiceRoute({ loaderData }: Route.ComponentProps) {
  const { invoice } = loaderData;
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-bold">Invoice {invoice.number}</h1>
      <p>{invoice.client.name} · {invoice.client.email}</p>
      <ul>
        {invoice.items.map((item) => (
          <li key={item.id}>{item.description} — {(item.amountCents / 100).toFixed(2)}</li>
        ))}
      </ul>
    </div>
  );
}
