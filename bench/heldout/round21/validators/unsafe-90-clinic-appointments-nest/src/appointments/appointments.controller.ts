import { Controller, Delete, Get, Param, UseGuards } from "@nestjs/common";
import { JwtAuthGuard } from "../auth/jwt-auth.guard";
import { AppointmentsService } from "./appointments.service";

@Controller("appointments")
@UseGuards(JwtAuthGuard)
export class AppointmentsController {
  constructor(private readonly appointments: AppointmentsService) {}

  @Get(":id")
  findOne(@Param("id") id: string) {
    return this.appointments.findOne(id);
  }

  @Delete(":id")
  cancel(@Param("id") id: string) {
    return this.appointments.cancel(id);
  }
}
