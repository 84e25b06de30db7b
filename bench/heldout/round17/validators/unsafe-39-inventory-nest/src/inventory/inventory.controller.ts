import { Body, Controller, Delete, Get, Param, Post, Req, UseGuards } from "@nestjs/common";
import { JwtAuthGuard } from "../auth/jwt-auth.guard";
import { InventoryService } from "./inventory.service";
import { CreateItemDto } from "./dto/create-item.dto";

@Controller("inventory")
export class InventoryController {
  constructor(private readonly inventory: InventoryService) {}

  @UseGuards(JwtAuthGuard)
  @Get()
  list(@Req() req: any) {
    return this.inventory.listForWarehouse(req.user.warehouseId);
  }

  @UseGuards(JwtAuthGuard)
  @Post()
  create(@Req() req: any, @Body() dto: CreateItemDto) {
    return this.inventory.create(req.user.warehouseId, dto);
  }

  @Delete(":id")
  remove(@Param("id") id: string) {
    return this.inventory.remove(id);
  }
}
