/**
 * KPI.NEEDED(target, plan, [min], [max], [method]) as native formula text, mirroring
 * src/core/needed.ts branch for branch (same order of checks, same arithmetic), so the results
 * are the same numbers (the core may move its fact by a few units in the last place so that
 * KPI.INDEX gives the target back at 15 digits) and the same error codes.
 */
import { INDEX_METHODS, METHOD_NAMES, parseMethod, type IndexMethod } from "../../core/options";
import { FRACTION_LIMIT } from "../../core/thresholds";
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
} from "./native";

/** The four method bodies for a non-blank target (not above 10) and a non-blank plan. */
function bodies(t: Arg, p: Arg, mn: Arg, mx: Arg): Record<IndexMethod, string> {
  const [T, P, MN, MX] = [num(t), num(p), num(mn), num(mx)];
  const mnG = given(mn);
  const mxG = given(mx);
  const when = (g: boolean | string, cond: string) => and(g, g !== false ? cond : false);
  /** At a bound: the bound itself when its index is the target, else #N/A. */
  const atBound = (score: string, bound: string) => `IF(${score}=${T},${bound},${ERR.na})`;
  const negative = (body: string) => `IF(${T}<0,${ERR.na},${body})`;

  const rc = `(${T}*${P})`;
  const ratioReach = iff(
    when(mnG, `${rc}<=${MN}`),
    atBound(`MAX(0,${MN}/${P})`, MN),
    iff(when(mxG, `${rc}>=${MX}`), atBound(`MAX(0,${MX}/${P})`, MX), rc)
  );
  const ratio = iff(
    `${P}=0`,
    ERR.div0,
    iff(
      `${P}<0`,
      ERR.num,
      iff(
        and(mnG, mxG, mnG !== false && mxG !== false ? `${MX}<${MN}` : false),
        ERR.value,
        negative(`IF(${T}=0,0,${ratioReach})`)
      )
    )
  );

  const ic = `(${P}/${T})`;
  // A target 0: a fact above the gate, else (plan 0) a positive fact, else a negative one.
  const invZero = iff(
    mnG,
    `${MN}+MAX(1,ABS(${MN}))`,
    `IF(${P}=0,${iff(mxG, `MAX(1,${MX})`, "1")},${iff(mxG, `IF(${MX}<0,${MX},${ERR.na})`, "-1")})`
  );
  const invReach = iff(
    when(mxG, `${ic}<=${MX}`),
    atBound(`${P}/${MX}`, MX),
    iff(when(mnG, `${ic}>=${MN}`), `IF(${MN}>0,${atBound(`${P}/${MN}`, MN)},${ERR.na})`, ic)
  );
  const inverse = iff(
    `${P}<0`,
    ERR.num,
    iff(
      and(mnG, mxG, mnG !== false && mxG !== false ? `${MX}>${MN}` : false),
      ERR.value,
      negative(`IF(${T}=0,${invZero},IF(${P}=0,${ERR.na},${invReach}))`)
    )
  );

  const up = `${P}>${MN}`;
  const cc = `(2*(${MN}/2+${T}*(${P}/2-${MN}/2)))`;
  const corScore = `MAX(0,(${MX}/2-${MN}/2)/(${P}/2-${MN}/2))`;
  const corReach = iff(when(mxG, `IF(${up},${cc}>=${MX},${cc}<=${MX})`), atBound(corScore, MX), cc);
  const badMax = when(mxG, `IF(${up},${MX}<${MN},${MX}>${MN})`);
  const corridor = iff(
    not(mnG),
    ERR.value,
    iff(`${P}=${MN}`, ERR.div0, iff(badMax, ERR.value, negative(`IF(${T}=0,${MN},${corReach})`)))
  );

  const binZero = iff(mnG, MN, `IF(${P}>0,0,${P}-MAX(1,-${P}*0.000000000001))`);
  const binBody = negative(`IF(${T}=1,${P},IF(${T}=0,${binZero},${ERR.na}))`);
  const binary = iff(mnG, `IF(${P}=${MN},${ERR.div0},${binBody})`, binBody);
  return { ratio, inverse, corridor, binary };
}

/** Native text for a scalar KPI.NEEDED call. */
export function translateNeeded(args: Arg[]): string {
  const [t, p, mn, mx, m] = args;
  const b = bodies(t, p, mn, mx);
  // A blank target gives a blank; a whole percent is #VALUE!; a target without a plan is #N/A.
  const each = (body: string) =>
    iff(
      blank(t),
      '""',
      `IF(${num(t)}>${FRACTION_LIMIT},${ERR.value},${iff(blank(p), ERR.na, body)})`
    );
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
    const byDefault = each(iff(given(mn), b.corridor, b.ratio));
    const all = [b.ratio, b.inverse, b.corridor, b.binary].map(each).join(",");
    tail = `CHOOSE(${code}+1,${byDefault},${all})`;
  }
  return guardAll(
    [t, p, mn, mx].map((arg) => ({ arg, guard: guardNumber })),
    tail
  );
}
