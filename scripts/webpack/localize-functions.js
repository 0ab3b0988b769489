/* eslint-disable no-undef */
// custom-functions-metadata-plugin writes functions.json in English only. This plugin derives the
// Russian metadata (same ids; Russian names, descriptions and parameter names) from one
// translation table, src/functions/functions.ru.json, and fails the build when anything lacks a
// translation. The manifest's ru-ru override points Excel at the result.
const fs = require("fs");
const { Compilation, sources } = require("webpack");
const { localizeMetadata } = require("./localize-metadata");

class LocalizeFunctionsPlugin {
  constructor({ input, output, table }) {
    this.options = { input, output, table };
  }

  apply(compiler) {
    const { input, output, table } = this.options;
    compiler.hooks.thisCompilation.tap("LocalizeFunctionsPlugin", (compilation) => {
      compilation.fileDependencies.add(table);
      compilation.hooks.processAssets.tap(
        { name: "LocalizeFunctionsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const asset = compilation.getAsset(input);
          if (!asset) {
            compilation.errors.push(
              new Error(`${input} was not generated; cannot derive ${output}.`)
            );
            return;
          }
          try {
            const english = JSON.parse(asset.source.source().toString());
            const translations = JSON.parse(fs.readFileSync(table, "utf8"));
            const russian = localizeMetadata(english, translations);
            compilation.emitAsset(output, new sources.RawSource(JSON.stringify(russian, null, 2)));
          } catch (error) {
            compilation.errors.push(error);
          }
        }
      );
    });
  }
}

module.exports = LocalizeFunctionsPlugin;
