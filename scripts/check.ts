/**
 * `npm run check -- book.xlsx [--json] [--lang ru]`: the task pane's check (DESIGN.md "Lint") on
 * a workbook file, without Excel — for finance staff checking a workbook they received. Prints
 * one finding a line as `Sheet!A1  severity  message` (or a JSON array with --json). Exit code:
 * 1 when a finding is an error (something pays wrong or does not compute), 0 otherwise, 2 when
 * the command is used wrongly or the file cannot be read or holds no KPI matrix.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Lang } from "../src/core/card";
import type { Finding, Severity } from "../src/core/lint";
import { checkWorkbookFile } from "../src/file/workbook-file";

/** Where the command writes; a test passes its own. */
export interface CheckIo {
  out(text: string): void;
  err(text: string): void;
}

interface Options {
  file: string;
  json: boolean;
  lang: Lang;
}

const USAGE = {
  en: "Usage: npm run check -- book.xlsx [--json] [--lang en|ru]",
  ru: "Использование: npm run check -- книга.xlsx [--json] [--lang en|ru]",
};

const SEVERITY: Record<Lang, Record<Severity, string>> = {
  en: { error: "error", warning: "warning", info: "info" },
  ru: { error: "ошибка", warning: "предупреждение", info: "заметка" },
};

/** Both languages of a message for the terminal (before --lang is known, or when it is wrong). */
const both = (en: string, ru: string): string => `${en}\n${ru}`;

/**
 * Sheet!A1 as Excel writes it, quoting sheet names with spaces or punctuation (the same rule as
 * the Check tab's cellLabel, src/taskpane/lint/LintTab.tsx, which the pane keeps out of core).
 */
export function cellLabel(sheet: string, address: string): string {
  const quoted = /^[A-Za-z0-9_\u0400-\u04FF]+$/.test(sheet)
    ? sheet
    : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${address}`;
}

/** Reads the arguments; a text to print (and exit 2) when they are wrong. */
export function parseArgs(argv: readonly string[]): Options | { problem: string } | "help" {
  let json = false;
  let lang: Lang = "en";
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") continue;
    if (a === "--help" || a === "-h") return "help";
    if (a === "--json") json = true;
    else if (a === "--lang" || a.startsWith("--lang=")) {
      const value = a === "--lang" ? argv[++i] : a.slice("--lang=".length);
      const v = (value ?? "").trim().toLowerCase();
      if (v !== "en" && v !== "ru") {
        return {
          problem: both(
            `--lang takes en or ru, not "${value ?? ""}".`,
            `--lang принимает en или ru, а не «${value ?? ""}».`
          ),
        };
      }
      lang = v;
    } else if (a.startsWith("-")) {
      return { problem: both(`Unknown option ${a}.`, `Неизвестный параметр ${a}.`) };
    } else files.push(a);
  }
  if (files.length !== 1) {
    return {
      problem:
        files.length === 0
          ? both("Name the workbook to check.", "Укажите книгу для проверки.")
          : both("Check one workbook at a time.", "Проверяйте по одной книге за раз."),
    };
  }
  return { file: files[0], json, lang };
}

/** One finding as a line: Sheet!A1, severity, message. */
export function findingLine(f: Finding, lang: Lang): string {
  return `${cellLabel(f.at.sheet, f.at.address)}  ${SEVERITY[lang][f.severity]}  ${f.message[lang]}`;
}

/** One finding for --json. */
function findingJson(f: Finding, lang: Lang) {
  return {
    cell: cellLabel(f.at.sheet, f.at.address),
    sheet: f.at.sheet,
    address: f.at.address,
    severity: f.severity,
    code: f.code,
    message: f.message[lang],
    ...(f.subject ? { subject: f.subject } : {}),
  };
}

function countText(findings: readonly Finding[], lang: Lang): string {
  const n = (s: Severity): number => findings.filter((f) => f.severity === s).length;
  return lang === "ru"
    ? `ошибок: ${n("error")}, предупреждений: ${n("warning")}, заметок: ${n("info")}`
    : [
        [n("error"), "error"],
        [n("warning"), "warning"],
        [n("info"), "note"],
      ]
        .map(([k, word]) => `${k} ${word}${k === 1 ? "" : "s"}`)
        .join(", ");
}

/** Runs the command; resolves to its exit code. */
export async function runCheck(argv: readonly string[], io: CheckIo): Promise<number> {
  const args = parseArgs(argv);
  if (args === "help") {
    io.out(both(USAGE.en, USAGE.ru));
    return 0;
  }
  if ("problem" in args) {
    io.err(`${args.problem}\n${both(USAGE.en, USAGE.ru)}`);
    return 2;
  }
  const { file, json, lang } = args;
  const ru = lang === "ru";
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    io.err(ru ? `Файл не найден: ${file}` : `File not found: ${file}`);
    return 2;
  }
  let result;
  try {
    result = await checkWorkbookFile(file);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    io.err(
      ru
        ? `Не удалось прочитать ${file} как книгу Excel (.xlsx): ${reason}`
        : `Cannot read ${file} as an Excel workbook (.xlsx): ${reason}`
    );
    return 2;
  }
  const name = path.basename(file);
  if (result.matrices === 0) {
    io.err(
      ru
        ? `В ${name} нет матрицы KPI (листа с таблицей «Показатель, Вес, Факт, Индекс»): проверять нечего.`
        : `${name} holds no KPI matrix (a sheet with a "KPI, Weight, Fact, Index" table): nothing to check.`
    );
    return 2;
  }
  const { findings } = result;
  if (json)
    io.out(
      JSON.stringify(
        findings.map((f) => findingJson(f, lang)),
        null,
        2
      )
    );
  else for (const f of findings) io.out(findingLine(f, lang));
  if (result.uncalculated > 0) {
    io.err(
      ru
        ? `${name}: у ${result.uncalculated} формул нет вычисленных значений (книгу не открывали в Excel); проверены введённые данные, а не результаты формул.`
        : `${name}: ${result.uncalculated} formulas have no computed values (the workbook was never opened in Excel); the inputs were checked, not the formulas' results.`
    );
  }
  io.err(`${name}: ${countText(findings, lang)}.`);
  return findings.some((f) => f.severity === "error") ? 1 : 0;
}

if (require.main === module) {
  runCheck(process.argv.slice(2), {
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    }
  );
}
