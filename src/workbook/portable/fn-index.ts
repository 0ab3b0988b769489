/**
 * KPI.INDEX(fact, plan, [min], [max], [method]) as native formula text, mirroring
 * src/core/kpi-index.ts branch for branch (same order of checks, same arithmetic), so the
 * results are the same numbers and the same error codes.
 */
import { INDEX_METHODS, METHOD_NAMES, parseMethod, type IndexMethod } from "../../core/options";
import type { Arg } from "./args";
import { optionCode } from "./options";
import {
  and,
  blank,
  ERR,
  errorLiteral,
  given,
  guardAll,
  guardNumber,
  iff,
  not,
  num,
  type Cond,
} from "./native";

/** The four method bodies for non-blank, numeric fact and plan. */
function bodies(f: Arg, p: Arg, mn: Arg, mx: Arg): Record<IndexMethod, string> {
  const [F, P, MN, MX] = [num(f), num(p), num(mn), num(mx)];
  const mnG = given(mn);
  const mxG = given(mx);
  const ratio = iff(
    `${P}=0`,
    ERR.div0,
    iff(
      `${P}<0`,
      ERR.num,
      iff(
        and(mnG, mxG, mnG !== false && mxG !== false ? `${MX}<${MN}` : false),
        ERR.value,
        iff(
          and(mnG, mnG !== false ? `${F}<${MN}` : false),
          "0",
          `MAX(0,${iff(and(mxG, mxG !== false ? `${F}>${MX}` : false), MX, F)}/${P})`
        )
      )
    )
  );
  const invF = iff(and(mxG, mxG !== false ? `${F}<${MX}` : false), MX, F);
  const inverse = iff(
    `${P}<0`,
    ERR.num,
    iff(
      and(mnG, mxG, mnG !== false && mxG !== false ? `${MX}>${MN}` : false),
      ERR.value,
      iff(
        and(mnG, mnG !== false ? `${F}>${MN}` : false),
        "0",
        iff(`${invF}=0`, ERR.div0, iff(`${invF}<0`, "0", `${P}/${invF}`))
      )
    )
  );
  const up = `${P}>${MN}`;
  const badMax: Cond = and(mxG, mxG !== false ? `IF(${up},${MX}<${MN},${MX}>${MN})` : false);
  const corF = iff(and(mxG, mxG !== false ? `IF(${up},${F}>${MX},${F}<${MX})` : false), MX, F);
  const corridor = iff(
    not(mnG),
    ERR.value,
    iff(
      `${P}=${MN}`,
      ERR.div0,
      // Halves, as the core: a finite index never overflows in the differences.
      iff(badMax, ERR.value, `MAX(0,(${corF}/2-${MN}/2)/(${P}/2-${MN}/2))`)
    )
  );
  const binaryWithMin = iff(`${P}=${MN}`, ERR.div0, `IF(IF(${up},${F}>=${P},${F}<=${P}),1,0)`);
  const binary = iff(mnG, binaryWithMin, `IF(${F}>=${P},1,0)`);
  return { ratio, inverse, corridor, binary };
}

/** Native text for a scalar KPI.INDEX call. */
export function translateIndex(args: Arg[]): string {
  const [f, p, mn, mx, m] = args;
  const b = bodies(f, p, mn, mx);
  // A blank fact is "no fact yet" (blank); a fact without a plan is #N/A, as in the core.
  const each = (body: string) => iff(blank(f), '""', iff(blank(p), ERR.na, body));
  let tail: string;
  if (m.omitted || m.literal === "") {
    tail = each(iff(given(mn), b.corridor, b.ratio));
  } else if (m.literal !== undefined && typeof m.literal !== "boolean") {
    const parsed = parseMethod(m.literal);
    tail = typeof parsed === "string" ? each(b[parsed]) : ERR.value;
  } else if (m.literal !== undefined || m.error) {
    tail = m.error ? errorLiteral(m.error) : ERR.value;
  } else {
    const code = optionCode(m, INDEX_METHODS, METHOD_NAMES, true);
    // CHOOSE passes an error in `code` through, so `code` is written once.
    const byDefault = each(iff(given(mn), b.corridor, b.ratio));
    const all = [b.ratio, b.inverse, b.corridor, b.binary].map(each).join(",");
    tail = `CHOOSE(${code}+1,${byDefault},${all})`;
  }
  const guard = guardNumber;
  return guardAll(
    [f, p, mn, mx].map((arg) => ({ arg, guard })),
    tail
  );
}
