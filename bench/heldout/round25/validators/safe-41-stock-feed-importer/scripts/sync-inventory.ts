const FEED_URL = "https://feeds.partner-logistics.example.com/v2/stock.json";

async function main() {
  const user = process.env.FEED_USER;
  const pass = process.env.FEED_PASSWORD;
  if (!user || !pass) throw new Error("FEED_USER / FEED_PASSWORD missing");

  const res = await fetch(FEED_URL, {
    headers: { Authorization: "Basic " + Buffer.from(`${user}:${pass}`).toString("base64") },
  });
  if (!res.ok) throw new Error(`Feed returned ${res.status}`);
  const rows = (await res.json()) as { sku: string; onHand: number }[];
  console.log(`Fetched ${rows.length} rows`);
}

main();
