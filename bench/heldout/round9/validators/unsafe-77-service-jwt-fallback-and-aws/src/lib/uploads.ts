import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { randomUUID } from "node:crypto";

const s3 = new S3Client({
  region: "eu-west-3",
  credentials: {
    accessKeyId: "AKIA4NQZT7XK2WL8PV3D",
    secretAccessKey: "u8Jc3Lq9vR2xT5mW7zK1pN4bY6dF0gH8sA3eQ2wE",
  },
});

export async function uploadAvatar(userId: string, body: Buffer, contentType: string) {
  const key = `avatars/${userId}/${randomUUID()}`;
  await s3.send(
    new PutObjectCommand({ Bucket: "petshelter-media", Key: key, Body: body, ContentType: contentType })
  );
  return `https://petshelter-media.s3.eu-west-3.amazonaws.com/${key}`;
}
