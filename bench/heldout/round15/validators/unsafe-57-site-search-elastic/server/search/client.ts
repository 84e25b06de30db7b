import { Client } from "@elastic/elasticsearch";

export const es = new Client({
  node: "https://elastic:oX9jgqAkWsTD6hAc8qOOO1z9@9bfd63ae228bb76f97f339cc0d7fc31b.us-central1.gcp.cloud.es.io:443",
  requestTimeout: 5000,
});

export async function searchArticles(q: string) {
  const result = await es.search({
    index: "articles",
    query: { multi_match: { query: q, fields: ["title^3", "body"] } },
    size: 20,
  });
  return result.hits.hits.map((h) => ({ id: h._id, ...(h._source as object) }));
}
