import { Injectable } from "@nestjs/common";
import { PrismaService } from "../prisma/prisma.service";
import { CreateProductDto } from "./products.dto";

@Injectable()
export class ProductsService {
  constructor(private readonly prisma: PrismaService) {}

  listPublished() {
    return this.prisma.product.findMany({ where: { published: true } });
  }

  listDrafts() {
    return this.prisma.product.findMany({ where: { published: false } });
  }

  create(dto: CreateProductDto) {
    return this.prisma.product.create({ data: { ...dto, published: true } });
  }

  updatePrice(id: string, priceCents: number) {
    return this.prisma.product.update({ where: { id }, data: { priceCents } });
  }
}
