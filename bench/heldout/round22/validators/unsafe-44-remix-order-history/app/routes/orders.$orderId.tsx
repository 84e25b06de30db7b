import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import invariant from "tiny-invariant";
import { prisma } from "~/db.server";
import { requireUserId } from "~/session.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUserId(request);
  invariant(params.orderId, "orderId not found");
  const order = await prisma.order.findUnique({
    where: { id: params.orderId },
    include: { items: true, shippingAddress: true },
  });
  if (!order) throw new Response("Not Found", { status: 404 });
  return json({ order });
}

export default function OrderPage() {
  const { order } = useLoaderData<typeof loader>();
  return (
    <div>
      <h1>Order {order.id}</h1>
      <p>{order.shippingAddress?.line1}</p>
      <ul>
        {order.items.map((i) => (
          <li key={i.id}>
            {i.name} × {i.quantity}
          </li>
        ))}
      </ul>
    </div>
  );
}
