// Makes sure `npm start` has a localhost certificate: office-addin-dev-certs' when installed, else a self-signed
// one generated here (pure JavaScript, no openssl, nothing downloaded) into .certs/.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { findCertificate, LOCAL_DIR } = require("../build/certificates.cjs");

const found = findCertificate();
if (found) {
  console.log(`https certificate: ${found.origin}`);
} else {
  const selfsigned = require("selfsigned");
  const notAfterDate = new Date();
  notAfterDate.setFullYear(notAfterDate.getFullYear() + 1);
  const pems = await selfsigned.generate([{ name: "commonName", value: "localhost" }], { keySize: 2048, notAfterDate });
  mkdirSync(LOCAL_DIR, { recursive: true });
  writeFileSync(join(LOCAL_DIR, "localhost.key"), pems.private, { mode: 0o600 });
  writeFileSync(join(LOCAL_DIR, "localhost.crt"), pems.cert);
  console.log(`https certificate: generated a self-signed localhost certificate in ${LOCAL_DIR}`);
  console.log(
    "  To trust it on Windows/macOS instead, run: npx office-addin-dev-certs install  (then npm start again)",
  );
}
