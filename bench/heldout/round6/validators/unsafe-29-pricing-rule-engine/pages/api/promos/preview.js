import { applyRule } from "../../../lib/rules";

export default function handler(req, res) {
  if (req.method !== "POST") return res.status(405).end();
  const { rule, cart, customer } = req.body;
  const discount = applyRule(rule, cart, customer);
  res.status(200).json({ discount, total: cart.total * (1 - discount) });
}
