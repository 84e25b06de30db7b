import { Injectable } from "@nestjs/common";
import { PrismaService } from "../prisma/prisma.service";

@Injectable()
export class AppointmentsService {
  constructor(private readonly prisma: PrismaService) {}

  findForPatient(patientId: number) {
    return this.prisma.appointment.findMany({ where: { patientId } });
  }

  findOne(id: number) {
    return this.prisma.appointment.findUnique({ where: { id }, include: { patient: true } });
  }

  remove(id: number) {
    return this.prisma.appointment.delete({ where: { id } });
  }
}
