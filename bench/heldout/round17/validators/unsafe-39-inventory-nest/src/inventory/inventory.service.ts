import { Injectable } from "@nestjs/common";
import { PrismaService } from "../prisma.service";
import { CreateItemDto } from "./dto/create-item.dto";

@Injectable()
export class InventoryService {
  constructor(private readonly prisma: PrismaService) {}

  listForWarehouse(warehouseId: string) {
    return this.prisma.item.findMany({ where: { warehouseId } });
  }

  create(warehouseId: string, dto: CreateItemDto) {
    return this.prisma.item.create({ data: { ...dto, warehouseId } });
  }

  remove(id: string) {
    return this.prisma.item.delete({ where: { id } });
  }
}
