import { Injectable } from "@nestjs/common";
import { PrismaService } from "../prisma/prisma.service";
import { CreateTicketDto } from "./dto/create-ticket.dto";

@Injectable()
export class TicketsService {
  constructor(private readonly prisma: PrismaService) {}

  create(userId: string, dto: CreateTicketDto) {
    return this.prisma.ticket.create({
      data: { vehicleId: dto.vehicleId, note: dto.note, reportedBy: userId },
    });
  }
}
