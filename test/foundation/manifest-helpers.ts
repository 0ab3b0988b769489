// Reads manifest.xml (or a built copy) into the facts the foundation tests check.
import { spawnSync } from "child_process";
import { readFileSync } from "fs";
import path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface ManifestFacts {
  text: string;
  /** The parsed document (attributes prefixed with "@_"). */
  doc: Record<string, unknown>;
  /** Every resid="…" the manifest uses. */
  usedResids: string[];
  /** Every id defined under Resources (images, URLs, short and long strings). */
  definedIds: string[];
  /** Every URL in the manifest: DefaultValue and Override Value attributes starting with a scheme. */
  urls: string[];
}

/** Parses a manifest file and collects resource ids and URLs by walking the XML tree. */
export function readManifest(file: string): ManifestFacts {
  const text = readFileSync(file, "utf8");
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    throw new Error(`${file} is not well-formed XML: ${JSON.stringify(valid.err)}`);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_" }).parse(text);
  const usedResids: string[] = [];
  const definedIds: string[] = [];
  const urls: string[] = [];
  const walk = (node: unknown, inResources: boolean): void => {
    if (Array.isArray(node)) {
      node.forEach((n) => walk(n, inResources));
      return;
    }
    if (node === null || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (key === "@_resid") usedResids.push(String(value));
      if (key === "@_id" && inResources) definedIds.push(String(value));
      if ((key === "@_DefaultValue" || key === "@_Value") && /^[a-z]+:\/\//i.test(String(value))) {
        urls.push(String(value));
      }
      walk(value, inResources || key === "Resources");
    }
  };
  walk(doc, false);
  return { text, doc, usedResids, definedIds, urls };
}

/**
 * Microsoft's manifest schema, in ../shared/schemas beside the repository (CI lays shared/ next
 * to the clone; /work/shared/schemas/README.md).
 */
export const MANIFEST_SCHEMA = path.resolve(
  __dirname,
  "../../..",
  "shared",
  "schemas",
  "OfficeAppManifestV1_1.xsd"
);

/** Validates an XML manifest against the schema with xmllint (Debian libxml2-utils). */
export function xmllint(file: string): { ok: boolean; output: string } {
  const r = spawnSync("xmllint", ["--noout", "--schema", MANIFEST_SCHEMA, file], {
    encoding: "utf8",
  });
  if (r.error)
    throw new Error(
      `xmllint did not run (${r.error.message}): node scripts/ensure-tools.mjs xmllint`
    );
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}
