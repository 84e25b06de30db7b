import { Injectable } from "@nestjs/common";
import * as vm from "node:vm";

export interface Cart {
  subtotal: number;
  items: { sku: string; qty: number; price: number }[];
  customerTier: string;
}

@Injectable()
export class PricingService {
  applyRule(rule: string, cart: Cart): number {
    const sandbox = { cart, Math, discount: 0 };
    vm.createContext(sandbox);
    vm.runInContext(rule, sandbox, { timeout: 50 });
    return Math.max(0, Math.min(cart.subtotal, Number(sandbox.discount) || 0));
  }
}
