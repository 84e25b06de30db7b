import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3'
import { getSignedUrl } from '@aws-sdk/s3-request-presigner'

export const s3 = new S3Client({
  region: 'eu-west-1',
  credentials: {
    accessKeyId: 'AKIAAEVBM5VUCLTDJSHZ',
    secretAccessKey: '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',
  },
})

export async function presignUpload(key: string, contentType: string) {
  const cmd = new PutObjectCommand({ Bucket: 'listing-photos-prod', Key: key, ContentType: contentType })
  return getSignedUrl(s3, cmd, { expiresIn: 300 })
}
