import { IsInt, IsString, Min, MaxLength } from "class-validator";

export class CreateProductDto {
  @IsString()
  @MaxLength(140)
  title!: string;

  @IsString()
  description!: string;

  @IsInt()
  @Min(0)
  priceCents!: number;
}

export class UpdatePriceDto {
  @IsInt()
  @Min(0)
  priceCents!: number;
}
