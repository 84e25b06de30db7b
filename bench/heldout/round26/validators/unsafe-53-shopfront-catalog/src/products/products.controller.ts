import {
  Body,
  Controller,
  Get,
  Param,
  Patch,
  Post,
  UseGuards,
} from "@nestjs/common";
import { JwtAuthGuard } from "../auth/jwt-auth.guard";
import { ProductsService } from "./products.service";
import { CreateProductDto, UpdatePriceDto } from "./products.dto";

@Controller("products")
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  @UseGuards(JwtAuthGuard)
  @Get("mine")
  listMine() {
    return this.products.listDrafts();
  }

  @Get()
  list() {
    return this.products.listPublished();
  }

  @Post()
  create(@Body() dto: CreateProductDto) {
    return this.products.create(dto);
  }

  @Patch(":id/price")
  updatePrice(@Param("id") id: string, @Body() dto: UpdatePriceDto) {
    return this.products.updatePrice(id, dto.priceCents);
  }
}
