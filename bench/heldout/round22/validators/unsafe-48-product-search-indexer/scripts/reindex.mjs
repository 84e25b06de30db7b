import { Client } from "@elastic/elasticsearch";
import pg from "pg";

const es = new Client({ node: "https://elastic:annroz4gW4Pej7zK0mil5kkX@225dl0nooz3b.es.us-east-1.aws.found.io:9243" });
const db = new pg.Client({ connectionString: process.env.DATABASE_URL });

await db.connect();
const { rows } = await db.query("select id, name, description, price_cents from products where active");

const operations = rows.flatMap((p) => [{ index: { _index: "products", _id: p.id } }, p]);
const result = await es.bulk({ refresh: true, operations });
console.log(`indexed ${rows.length} products, errors: ${result.errors}`);
await db.end();
