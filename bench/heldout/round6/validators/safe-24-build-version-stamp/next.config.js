const { execSync } = require("child_process");

function gitSha() {
  try {
    return execSync("git rev-parse --short HEAD").toString().trim();
  } catch {
    return "dev";
  }
}

/** @type {import('next').NextConfig} */
module.exports = {
  env: {
    NEXT_PUBLIC_BUILD_SHA: gitSha(),
  },
  images: { remotePatterns: [{ protocol: "https", hostname: "images.unsplash.com" }] },
};
