import { Controller, Get, NotFoundException, Param, UseGuards } from "@nestjs/common";
import { JwtAuthGuard } from "../auth/jwt-auth.guard";
import { RecordsService } from "./records.service";

@Controller("patients/:patientId/records")
@UseGuards(JwtAuthGuard)
export class RecordsController {
  constructor(private readonly records: RecordsService) {}

  @Get()
  async list(@Param("patientId") patientId: string) {
    const rows = await this.records.forPatient(patientId);
    if (!rows.length) throw new NotFoundException();
    return rows;
  }
}
