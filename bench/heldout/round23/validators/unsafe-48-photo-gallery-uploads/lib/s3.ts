import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3'
import { getSignedUrl } from '@aws-sdk/s3-request-presigner'

const s3 = new S3Client({
  region: 'us-east-1',
  credentials: {
    accessKeyId: 'AKIA40KK5T1GBVRTQUTI',
    secretAccessKey: 'CGShcVJ+cK24O4vUtkybGjPkOf+I6xRQb4scg57Y',
  },
})

export async function presignUpload(key: string, contentType: string) {
  const command = new PutObjectCommand({
    Bucket: 'lumen-gallery-uploads',
    Key: key,
    ContentType: contentType,
  })
  return getSignedUrl(s3, command, { expiresIn: 300 })
}
