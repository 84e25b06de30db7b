const SAFE_PATH = /^\/(?![\/\\])[A-Za-z0-9\-._~\/?=&%]*$/;

function pickReturnTo(value) {
  if (typeof value !== "string" || value.length > 512) return "/app";
  return SAFE_PATH.test(value) ? value : "/app";
}

module.exports = { pickReturnTo };
