import axios from "axios";

export const erp = axios.create({
  baseURL: "https://sync-bot:AdlsAvXvkVYdaY@erp.internal.example.com/api/v2",
  timeout: 10_000,
});

export async function pushStock(sku: string, quantity: number) {
  await erp.put(`/stock/${encodeURIComponent(sku)}`, { quantity });
}
