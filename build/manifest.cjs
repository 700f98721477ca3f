// @ts-check
/**
 * manifest.xml is written for development (https://localhost:3000/). The build copies it with every URL moved to
 * the deployment's base URL and <Version> set from package.json, so Excel's 24-hour metadata cache is busted by
 * every release.
 */
const DEV_URL = "https://localhost:3000/";

/** package.json's "1.2.3" → the manifest's four-part "1.2.3.0". @param {string} version */
function manifestVersion(version) {
  const parts = version.split(/[.-]/).slice(0, 3).map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isInteger(n))) throw new Error(`bad package version ${version}`);
  return `${parts.join(".")}.0`;
}

/** @param {string} xml @param {{ baseUrl: string, version: string }} options */
function rewriteManifest(xml, { baseUrl, version }) {
  return xml
    .split(DEV_URL)
    .join(baseUrl)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
}

module.exports = { DEV_URL, manifestVersion, rewriteManifest };
