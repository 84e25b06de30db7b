import ejs from "ejs";
import path from "node:path";

const TEMPLATE = path.join(__dirname, "..", "views", "invoice.ejs");

export async function renderInvoiceHtml(invoice: {
  number: string;
  customerName: string;
  lines: { label: string; amount: number }[];
}) {
  return ejs.renderFile(TEMPLATE, { invoice }, { async: true, rmWhitespace: true });
}
