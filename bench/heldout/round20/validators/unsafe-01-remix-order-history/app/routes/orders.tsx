import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { serverClient } from "~/utils/supabase.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const email = new URL(request.url).searchParams.get("email") ?? "";
  const { data } = await serverClient()
    .from("orders")
    .select("id, total_cents, status, shipping_address, created_at")
    .eq("customer_email", email);
  return json({ orders: data ?? [] });
}

export default function Orders() {
  const { orders } = useLoaderData<typeof loader>();
  return (
    <ul>
      {orders.map((o) => (
        <li key={o.id}>
          #{o.id} {o.status} {(o.total_cents / 100).toFixed(2)}
        </li>
      ))}
    </ul>
  );
}
