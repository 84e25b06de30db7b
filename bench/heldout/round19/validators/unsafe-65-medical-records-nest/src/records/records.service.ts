import { Injectable } from "@nestjs/common";
import { PrismaService } from "../prisma.service";

@Injectable()
export class RecordsService {
  constructor(private readonly prisma: PrismaService) {}

  forPatient(patientId: string) {
    return this.prisma.medicalRecord.findMany({
      where: { patientId },
      orderBy: { recordedAt: "desc" },
    });
  }
}
