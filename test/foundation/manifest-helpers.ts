// Reads manifest.xml (or a built copy) into the facts the foundation tests check.
import { readFileSync } from "fs";
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
