import { Client } from "@elastic/elasticsearch";

export const es = new Client({
  node: "https://elastic:imHVN7AaJjgVFT5rreGT@shop-search.es.us-central1.gcp.cloud.es.io:443",
});

export async function searchProducts(q: string) {
  const res = await es.search({
    index: "products",
    query: { multi_match: { query: q, fields: ["name^3", "description"] } },
    size: 24,
  });
  return res.hits.hits.map((h) => h._source);
}
