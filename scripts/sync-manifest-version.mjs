// `npm version …` runs this: manifest.xml's <Version> follows package.json (four parts: 1.2.3 → 1.2.3.0).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { manifestVersion } = require("../build/manifest.cjs");
const { version } = JSON.parse(readFileSync("package.json", "utf8"));
const xml = readFileSync("manifest.xml", "utf8");
writeFileSync(
  "manifest.xml",
  xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`),
);
console.log(`manifest.xml <Version> = ${manifestVersion(version)}`);
