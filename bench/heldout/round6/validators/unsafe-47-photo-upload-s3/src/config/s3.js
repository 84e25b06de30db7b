const { S3Client } = require("@aws-sdk/client-s3");

const s3 = new S3Client({
  region: "eu-west-1",
  credentials: {
    accessKeyId: "AKIAM05LUNB42100LCY6",
    secretAccessKey: "KmvrXVnSfgtQ2/v+7tNbZtWLp+/tLUXxZdSAE4fd",
  },
});

const BUCKET = "gallery-uploads-prod";

module.exports = { s3, BUCKET };
