import { Body, Controller, Post, UseGuards } from "@nestjs/common";
import { JwtAuthGuard } from "../auth/jwt-auth.guard";
import { PricingService, Cart } from "./pricing.service";

@Controller("pricing")
@UseGuards(JwtAuthGuard)
export class PricingController {
  constructor(private readonly pricing: PricingService) {}

  @Post("preview")
  preview(@Body() body: { rule: string; cart: Cart }) {
    const discount = this.pricing.applyRule(body.rule, body.cart);
    return { discount, total: body.cart.subtotal - discount };
  }
}
