/** Option arguments (method, mode, interpolation) as native expressions. */
import { WHITE_SPACE_CODES } from "../../core/option-names";
import type { Arg } from "./args";
import { ERR, term } from "./native";

/**
 * Every Unicode white-space character as native arrays: the ASCII ones through CHAR (a file cannot
 * hold VT or FF, and XML turns a CR into LF), the others written as themselves in an array of
 * texts. Not CHAR(160), which LibreOffice reads in the system's code page (U+FFFD in UTF-8), and
 * not UNICHAR, which files store as `_xlfn.UNICHAR` (Excel 2013+).
 */
const ASCII_SPACE = WHITE_SPACE_CODES.filter((c) => c < 0x80);
const OTHER_SPACE = WHITE_SPACE_CODES.filter((c) => c >= 0x80);
const WHITE_SPACE = [
  `CHAR({${ASCII_SPACE.join(",")}})`,
  `{${OTHER_SPACE.map((c) => `"${String.fromCharCode(c)}"`).join(",")}}`,
];

/**
 * A native expression giving the option's number (1-based position in `order`; 0 when blank)
 * or #VALUE! for an unknown name, following src/core/options.ts: names match ignoring case,
 * white space around them (every Unicode white-space character, not only the spaces TRIM
 * removes) and "ё"/"е"; numbers 1..n (and their text) only where `numbers` is true, whole at 15
 * significant digits as the spreadsheet compares; TRUE/FALSE are unknown names. An error in the
 * cell passes through.
 *
 * A text matches a name when it contains the name (SEARCH ignores case; no name holds a wildcard)
 * and every other character is white space: its length minus the name's equals its count of
 * white-space characters. No name holds white space, so this is "trimmed text = name" exactly,
 * without nesting one SUBSTITUTE per white-space character.
 */
export function optionCode<K extends string>(
  a: Arg,
  order: readonly K[],
  names: Record<K, readonly string[]>,
  numbers: boolean
): string {
  const x = term(a);
  const list: string[] = [];
  const codes: number[] = [];
  order.forEach((key, i) => {
    if (numbers) {
      list.push(String(i + 1));
      codes.push(i + 1);
    }
    for (const name of names[key]) {
      list.push(name.toLowerCase().replace(/ё/g, "е"));
      codes.push(i + 1);
    }
  });
  const folded = `SUBSTITUTE(LOWER(${x}),"ё","е")`;
  const spaces = WHITE_SPACE.map(
    (chars) => `SUMPRODUCT(LEN(${x})-LEN(SUBSTITUTE(${x},${chars},"")))`
  ).join("+");
  const quoted = list.map((n) => `"${n.replace(/"/g, '""')}"`).join(",");
  const lengths = list.map((n) => n.length).join(",");
  const found =
    `SUMPRODUCT(ISNUMBER(SEARCH({${quoted}},${folded}))*` +
    `(LEN(${x})-{${lengths}}=(${spaces}))*{${codes.join(",")}})`;
  const whole = order.map((_, i) => `${x}=${i + 1}`).join(",");
  // ROUND: CHOOSE truncates, and 2.9999999999999996 is 3 to the comparison but 2 to CHOOSE.
  const ifNumber = numbers ? `IF(OR(${whole}),ROUND(${x},0),${ERR.value})` : ERR.value;
  const distinct = codes.filter((c, i) => codes.indexOf(c) === i).join(",");
  return (
    `IF(ISNUMBER(${x}),${ifNumber},IF(ISLOGICAL(${x}),${ERR.value},` +
    `IF(${x}="",0,CHOOSE(${found}+1,${ERR.value},${distinct}))))`
  );
}
