import { Injectable } from "@nestjs/common";
import { InjectRepository } from "@nestjs/typeorm";
import { Repository } from "typeorm";
import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";
import { Readable } from "node:stream";
import { TaxDocument } from "./tax-document.entity";

@Injectable()
export class DocumentsService {
  private s3 = new S3Client({ region: process.env.AWS_REGION });

  constructor(@InjectRepository(TaxDocument) private readonly repo: Repository<TaxDocument>) {}

  findById(id: string) {
    return this.repo.findOne({ where: { id } });
  }

  async openStream(key: string) {
    const obj = await this.s3.send(new GetObjectCommand({ Bucket: process.env.DOCS_BUCKET, Key: key }));
    return obj.Body as Readable;
  }
}
