/* eslint-disable no-undef */
// Rewrites the development URLs in manifest.xml for a deployment. The shared-runtime template's
// plain `String.replace(urlDev, urlProd)` only rewrites the first of the manifest's URLs; this
// one rewrites every occurrence and is covered by test/foundation/manifest-urls.test.ts.

const DEV_URL = "https://localhost:3000/";

/** Checks ADDIN_URL and gives it exactly one trailing slash. */
function normalizeAddinUrl(url) {
  const trimmed = String(url).trim();
  if (!/^https:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(trimmed)) {
    throw new Error(
      `ADDIN_URL must be an https URL such as https://kpi.example.org/addin/ (got "${url}").`
    );
  }
  return trimmed.replace(/\/*$/, "/");
}

/** Replaces every https://localhost:3000/ in the manifest text with the deployment URL. */
function rewriteManifestUrls(text, addinUrl) {
  return text.split(DEV_URL).join(normalizeAddinUrl(addinUrl));
}

module.exports = { DEV_URL, normalizeAddinUrl, rewriteManifestUrls };
