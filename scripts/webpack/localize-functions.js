/* eslint-disable no-undef */
// custom-functions-metadata-plugin writes functions.json in English only. This plugin derives the
// Russian metadata (same ids; Russian names, descriptions and parameter names) from one
// translation table, src/functions/functions.ru.json, and fails the build when anything lacks a
// translation. The manifest's ru-ru override points Excel at the result.
// It also sets the top-level metadata options the generator cannot express from JSDoc
// (`allowErrorForDataTypeAny`: learn.microsoft.com says it works only in hand-written metadata),
// in both files.
const fs = require("fs");
const { Compilation, sources } = require("webpack");
const { localizeMetadata } = require("./localize-metadata");

class LocalizeFunctionsPlugin {
  constructor({ input, output, table, options = {} }) {
    this.options = { input, output, table, metadataOptions: options };
  }

  apply(compiler) {
    const { input, output, table, metadataOptions } = this.options;
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
            const english = { ...metadataOptions, ...JSON.parse(asset.source.source().toString()) };
            compilation.updateAsset(input, new sources.RawSource(JSON.stringify(english, null, 2)));
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
