import { Body, Controller, Post, UseGuards } from "@nestjs/common";
import * as vm from "node:vm";
import { AuthGuard } from "../auth/auth.guard";

class PreviewDto {
  rule!: string;
  cart!: { subtotal: number; items: number };
}

@Controller("discounts")
@UseGuards(AuthGuard)
export class DiscountsController {
  @Post("preview")
  preview(@Body() dto: PreviewDto) {
    const discount = vm.runInNewContext(dto.rule, { cart: dto.cart, Math }, { timeout: 50 });
    return { discount: Number(discount) || 0 };
  }
}
