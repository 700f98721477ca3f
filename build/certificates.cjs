// @ts-check
/**
 * The https certificate for `npm start`. Preferred: the one office-addin-dev-certs installs and trusts on Windows
 * and macOS (~/.office-addin-dev-certs). Otherwise a self-signed localhost certificate made by
 * scripts/ensure-certificate.mjs into .certs/ (trust it yourself, or accept it once in the browser).
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const OFFICE_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const LOCAL_DIR = path.join(__dirname, "..", ".certs");

/** @returns {{ key: string, cert: string, origin: string } | null} */
function findCertificate() {
  const candidates = [
    {
      key: path.join(OFFICE_DIR, "localhost.key"),
      cert: path.join(OFFICE_DIR, "localhost.crt"),
      origin: "office-addin-dev-certs",
    },
    {
      key: path.join(LOCAL_DIR, "localhost.key"),
      cert: path.join(LOCAL_DIR, "localhost.crt"),
      origin: "self-signed (.certs/)",
    },
  ];
  return candidates.find((c) => fs.existsSync(c.key) && fs.existsSync(c.cert)) ?? null;
}

function devServerHttps() {
  const found = findCertificate();
  if (!found) throw new Error("No localhost certificate: run `node scripts/ensure-certificate.mjs` (npm start does).");
  return { type: "https", options: { key: fs.readFileSync(found.key), cert: fs.readFileSync(found.cert) } };
}

module.exports = { findCertificate, devServerHttps, LOCAL_DIR };
