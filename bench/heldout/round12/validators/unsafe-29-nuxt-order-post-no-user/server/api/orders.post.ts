import { serverSupabaseClient } from "#supabase/server";

interface OrderItem {
  productId: string;
  quantity: number;
}

export default defineEventHandler(async (event) => {
  const client = await serverSupabaseClient(event);
  const { items, shippingAddress, customerId } = await readBody<{
    items: OrderItem[];
    shippingAddress: string;
    customerId: string;
  }>(event);

  if (!Array.isArray(items) || items.length === 0) {
    throw createError({ statusCode: 400, statusMessage: "Cart is empty" });
  }

  const { data: order, error } = await client
    .from("orders")
    .insert({
      customer_id: customerId,
      shipping_address: shippingAddress,
      status: "pending",
    })
    .select("id")
    .single();

  if (error) {
    throw createError({ statusCode: 500, statusMessage: error.message });
  }

  const rows = items.map((item) => ({
    order_id: order.id,
    product_id: item.productId,
    quantity: item.quantity,
  }));

  await client.from("order_items").insert(rows);

  for (const item of items) {
    await client.rpc("decrement_stock", {
      p_product_id: item.productId,
      p_quantity: item.quantity,
    });
  }

  return { orderId: order.id };
});
