import { Injectable, NotFoundException } from "@nestjs/common";
import { InjectRepository } from "@nestjs/typeorm";
import { Repository } from "typeorm";
import { Appointment } from "./appointment.entity";

@Injectable()
export class AppointmentsService {
  constructor(@InjectRepository(Appointment) private readonly repo: Repository<Appointment>) {}

  async findOne(id: string) {
    const appt = await this.repo.findOne({ where: { id }, relations: { patient: true } });
    if (!appt) throw new NotFoundException();
    return appt;
  }

  async cancel(id: string) {
    await this.repo.update({ id }, { status: "cancelled" });
    return { ok: true };
  }
}
