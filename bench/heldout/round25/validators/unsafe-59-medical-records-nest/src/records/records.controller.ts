import { Body, Controller, Get, Param, Patch, UseGuards } from "@nestjs/common";
import { AuthGuard } from "@nestjs/passport";
import { RecordsService } from "./records.service";

@Controller("records")
@UseGuards(AuthGuard("jwt"))
export class RecordsController {
  constructor(private readonly records: RecordsService) {}

  @Get(":id")
  findOne(@Param("id") id: string) {
    return this.records.findOne(id);
  }

  @Patch(":id")
  update(@Param("id") id: string, @Body() body: { allergies?: string; notes?: string }) {
    return this.records.update(id, body);
  }
}
