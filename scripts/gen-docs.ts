/**
 * `npm run docs`: writes docs/FUNCTIONS.md and docs/FUNCTIONS.ru.md from the registry (names,
 * parameters, optional ones, defaults), the Russian translation table, the method/mode names, the
 * documented error table and worked examples evaluated live in HyperFormula — so the tables cannot
 * drift from the code. test/functions/docs.test.ts fails when the committed files are stale.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import * as prettier from "prettier";
import { resolve } from "node:path";
import {
  METHOD_NAMES,
  INDEX_METHODS,
  INTERPOLATION_NAMES,
  MODE_NAMES,
  STATUS_FORM_NAMES,
} from "../src/core/options";
import { COMMON_ERRORS, FUNCTION_ERRORS } from "../src/functions/error-table";
import ru from "../src/functions/functions.ru.json";
import {
  type FunctionId,
  KPI_FUNCTIONS,
  type KpiFunction,
  NAMESPACE,
} from "../src/functions/registry";
import { evaluateFormula } from "../src/sandbox/engine";
import { EXAMPLES, INTRO, type Lang, TEXT } from "./docs/functions-text";

type RuTable = Record<
  FunctionId,
  {
    name: string;
    description: string;
    parameters: Record<string, { name: string; description: string }>;
  }
>;
const RU = ru as RuTable;

function signature(fn: KpiFunction, lang: Lang): string {
  const params = fn.spec.params.map((p) => {
    const name = lang === "ru" ? RU[fn.id].parameters[p.name].name : p.name;
    return p.optional ? `[${name}]` : name;
  });
  const name = lang === "ru" ? RU[fn.id].name : fn.name;
  return `${NAMESPACE}.${name}(${params.join(", ")})`;
}

function table(head: string[], rows: string[][]): string {
  const esc = (s: string) => s.replace(/\|/g, "\\|");
  return [
    `| ${head.join(" | ")} |`,
    `|${head.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.map(esc).join(" | ")} |`),
  ].join("\n");
}

function argumentsTable(fn: KpiFunction, lang: Lang): string {
  const t = TEXT[lang];
  const rows = fn.spec.params.map((p, i) => {
    const ruParam = RU[fn.id].parameters[p.name];
    const kind = p.type === "range" ? t.range : p.shape === "single" ? t.single : t.each;
    const def =
      p.default === undefined ? (p.optional ? t.notGiven : "") : `\`${String(p.default)}\``;
    return [
      `\`${p.name}\``,
      `\`${ruParam.name}\``,
      p.optional ? t.optional : t.required,
      kind,
      def,
      lang === "ru" ? ruParam.description : fn.params[i].description,
    ];
  });
  return table(t.argHead, rows);
}

function namesTable(
  names: Record<string, readonly string[]>,
  lang: Lang,
  numbered?: readonly string[]
): string {
  const t = TEXT[lang];
  const rows = Object.entries(names).map(([key, spellings]) => {
    const n = numbered ? String(numbered.indexOf(key) + 1) : "";
    return [
      ...(numbered ? [n] : []),
      `\`${key}\``,
      spellings
        .slice(1)
        .map((s) => `\`${s}\``)
        .join(", "),
    ];
  });
  return table(numbered ? [t.number, t.name, t.alsoAccepted] : [t.name, t.alsoAccepted], rows);
}

function errorsTable(id: FunctionId, lang: Lang): string {
  const rows = [...FUNCTION_ERRORS[id], ...COMMON_ERRORS].map((e) => [`\`${e.code}\``, e[lang]]);
  return table(TEXT[lang].errorHead, rows);
}

function examplesTable(id: FunctionId, lang: Lang): string {
  const rows = EXAMPLES[id].map((ex) => [
    `\`${ex.formula}\``,
    `\`${evaluateFormula(ex.formula)}\``,
    ex[lang],
  ]);
  return table(TEXT[lang].exampleHead, rows);
}

function section(fn: KpiFunction, lang: Lang): string {
  const t = TEXT[lang];
  const parts = [
    `## ${NAMESPACE}.${fn.name}`,
    "",
    `\`${signature(fn, "en")}\`${lang === "ru" ? ` — ${t.inRussianExcel} \`${signature(fn, "ru")}\`` : ""}`,
    "",
    lang === "ru" ? RU[fn.id].description : fn.description,
    "",
    t.details[fn.id],
    "",
    `### ${t.arguments}`,
    "",
    argumentsTable(fn, lang),
  ];
  if (fn.id === "INDEX" || fn.id === "NEEDED")
    parts.push("", `### ${t.methods}`, "", namesTable(METHOD_NAMES, lang, INDEX_METHODS));
  if (fn.id === "WEIGHTED") parts.push("", `### ${t.modes}`, "", namesTable(MODE_NAMES, lang));
  if (fn.id === "BONUS")
    parts.push("", `### ${t.interpolations}`, "", namesTable(INTERPOLATION_NAMES, lang));
  if (fn.id === "STATUS") parts.push("", `### ${t.forms}`, "", namesTable(STATUS_FORM_NAMES, lang));
  parts.push(
    "",
    `### ${t.errors}`,
    "",
    errorsTable(fn.id, lang),
    "",
    `### ${t.examples}`,
    "",
    examplesTable(fn.id, lang)
  );
  return parts.join("\n");
}

/** The whole FUNCTIONS.md (English) or FUNCTIONS.ru.md (Russian). */
export function renderFunctionsDoc(lang: Lang): string {
  const t = TEXT[lang];
  const summary = table(
    t.summaryHead,
    KPI_FUNCTIONS.map((fn) => [
      `[${NAMESPACE}.${fn.name}](#${(NAMESPACE + fn.name).toLowerCase()})`,
      `${NAMESPACE}.${RU[fn.id].name}`,
      lang === "ru" ? RU[fn.id].description : fn.description,
    ])
  );
  return [
    t.generated,
    "",
    INTRO[lang].trim(),
    "",
    summary,
    "",
    ...KPI_FUNCTIONS.map((fn) => section(fn, lang) + "\n"),
    t.outro.trim(),
    "",
  ].join("\n");
}

/** Paths of the generated files. */
export const DOC_FILES: Record<Lang, string> = {
  en: resolve(__dirname, "..", "docs", "FUNCTIONS.md"),
  ru: resolve(__dirname, "..", "docs", "FUNCTIONS.ru.md"),
};

/** The document as committed: generated, then formatted by Prettier (so `prettier --write` keeps it). */
export async function formattedFunctionsDoc(lang: Lang): Promise<string> {
  const options = (await prettier.resolveConfig(DOC_FILES[lang])) ?? {};
  return prettier.format(renderFunctionsDoc(lang), { ...options, filepath: DOC_FILES[lang] });
}

/** Writes both documents, or with `--check` exits 1 when a committed one is stale. */
async function main(check: boolean): Promise<void> {
  let stale = false;
  for (const lang of ["en", "ru"] as const) {
    const text = await formattedFunctionsDoc(lang);
    if (!check) {
      writeFileSync(DOC_FILES[lang], text);
      process.stdout.write(`wrote ${DOC_FILES[lang]}\n`);
    } else if (!existsSync(DOC_FILES[lang]) || readFileSync(DOC_FILES[lang], "utf8") !== text) {
      process.stderr.write(`${DOC_FILES[lang]} is out of date: run \`npm run docs\`\n`);
      stale = true;
    }
  }
  if (stale) process.exitCode = 1;
}

if (process.argv[1] && /gen-docs\.ts$/.test(process.argv[1]))
  void main(process.argv.includes("--check"));
