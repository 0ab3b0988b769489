/* eslint-disable no-undef */
// Pure part of the Russian metadata step, shared by the webpack plugin and the tests.

/**
 * Returns a copy of the generated functions metadata with names, descriptions and parameter
 * names/descriptions taken from the translation table; throws naming every missing entry.
 */
function localizeMetadata(metadata, table) {
  const missing = [];
  const functions = metadata.functions.map((fn) => {
    const t = table[fn.id];
    if (!t) {
      missing.push(`${fn.id}: no entry`);
      return fn;
    }
    if (!t.name) missing.push(`${fn.id}: name`);
    if (!t.description) missing.push(`${fn.id}: description`);
    const parameters = (fn.parameters || []).map((p) => {
      const tp = (t.parameters || {})[p.name];
      if (!tp || !tp.name || !tp.description) {
        missing.push(`${fn.id}.${p.name}: parameter name or description`);
        return p;
      }
      return { ...p, name: tp.name, description: tp.description };
    });
    const result = { ...fn, name: t.name, description: t.description, parameters };
    if (fn.result && t.result) result.result = { ...fn.result, ...t.result };
    return result;
  });
  if (missing.length > 0) {
    throw new Error(
      `Russian function metadata is incomplete (src/functions/functions.ru.json): ${missing.join("; ")}`
    );
  }
  return { ...metadata, functions };
}

module.exports = { localizeMetadata };
