/** Option arguments (method, mode, interpolation) as native expressions. */
import type { Arg } from "./args";
import { ERR, term } from "./native";

/**
 * A native expression giving the option's number (1-based position in `order`; 0 when blank)
 * or #VALUE! for an unknown name, following src/core/options.ts: names match ignoring case,
 * surrounding spaces and "ё"/"е"; numbers 1..n (and their text) only where `numbers` is true;
 * TRUE/FALSE are unknown names. An error in the cell passes through.
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
      list.push(name.replace(/ё/g, "е"));
      codes.push(i + 1);
    }
  });
  // SUMPRODUCT over "=" rather than MATCH: MATCH would read "*" and "?" in a user's text as
  // wildcards. "=" between texts ignores case in Excel, LibreOffice and HyperFormula.
  const norm = `SUBSTITUTE(LOWER(TRIM(${x})),"ё","е")`;
  const quoted = list.map((n) => `"${n.replace(/"/g, '""')}"`).join(",");
  const found = `SUMPRODUCT((${norm}={${quoted}})*{${codes.join(",")}})`;
  const whole = order.map((_, i) => `${x}=${i + 1}`).join(",");
  const ifNumber = numbers ? `IF(OR(${whole}),${x},${ERR.value})` : ERR.value;
  return (
    `IF(ISNUMBER(${x}),${ifNumber},IF(ISLOGICAL(${x}),${ERR.value},` +
    `IF(${x}="",0,CHOOSE(${found}+1,${ERR.value},${codes.filter((c, i) => codes.indexOf(c) === i).join(",")}))))`
  );
}
