import { Injectable, NotFoundException } from "@nestjs/common";
import { PrismaService } from "../prisma/prisma.service";

@Injectable()
export class RecordsService {
  constructor(private readonly prisma: PrismaService) {}

  async findOne(id: string) {
    const record = await this.prisma.patientRecord.findUnique({ where: { id } });
    if (!record) throw new NotFoundException();
    return record;
  }

  update(id: string, data: { allergies?: string; notes?: string }) {
    return this.prisma.patientRecord.update({ where: { id }, data });
  }
}
