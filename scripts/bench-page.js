// `npm run bench`: the column figures inside Chromium. scripts/bench.ts opens a page that loads this
// script and then the production functions.js, as Excel's shared runtime loads it; this script
// stands in for Excel's CustomFunctions object (associate, Error, ErrorCode) so the entry points
// register here, then times KPI.INDEX over a 1,000,000 × 1 column the way scripts/bench.ts does in
// Node. Plain JavaScript: it is the page's own script, not bundled.
/* eslint-disable */
(function () {
  const registered = {};
  window.CustomFunctions = {
    associate(id, fn) {
      registered[id] = fn;
    },
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
    Error: class {
      constructor(code, message) {
        this.code = code;
        this.message = message;
      }
    },
  };

  const CELLS = 1000000;
  const fact = (i) => 500 + ((i * 7919) % 1000) * 1.5;
  const plan = (i) => 800 + ((i * 7919) % 1000) * 0.4;
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

  function check(out) {
    let bad = !Array.isArray(out) || out.length !== CELLS;
    for (let i = 0; !bad && i < CELLS; i++) bad = out[i][0] !== fact(i) / plan(i);
    if (bad) throw new Error("KPI.INDEX gave an unexpected result over the column");
  }

  /** One timed call on arguments made right before it, after a full garbage collection. */
  function timeFresh(make, fn) {
    gc();
    const args = make();
    const t0 = performance.now();
    const out = fn(args[0], args[1]);
    const t = performance.now() - t0;
    check(out);
    return t / 1000;
  }

  window.benchColumn = function () {
    const index = registered.INDEX;
    if (typeof index !== "function") throw new Error("functions.js registered no INDEX");
    // As in Node: every entry point first meets small ranges with blanks and text, made by
    // parsing (Excel's arguments are unpacked from messages; array literals would share allocation
    // sites across calls, a state Excel never produces).
    for (let i = 0; i < 50; i++)
      for (const fn of Object.values(registered))
        fn(
          JSON.parse('[[1.5], [2], [""], ["x"]]'),
          JSON.parse("[[1], [1.25], [1], [1]]"),
          null,
          null,
          null
        );
    const literal = () => [
      Array.from({ length: CELLS }, (_, i) => [fact(i)]),
      Array.from({ length: CELLS }, (_, i) => [plan(i)]),
    ];
    const facts = JSON.stringify(literal()[0]);
    const plans = JSON.stringify(literal()[1]);
    const parsed = () => [JSON.parse(facts), JSON.parse(plans)];
    check(index(...literal()));
    check(index(...parsed()));
    // A loop that only reads both parsed columns: what reading such rows costs by itself.
    let sum = 0;
    const readOnly = (f, p) => {
      for (let r = 0; r < f.length; r++) {
        const a = f[r][0];
        const b = p[r][0];
        if (typeof a === "number" && typeof b === "number") sum += a / b;
      }
      return f;
    };
    const tLiteral = [];
    const tParsed = [];
    const tRead = [];
    for (let i = 0; i < 5; i++) {
      tLiteral.push(timeFresh(literal, index));
      tParsed.push(timeFresh(parsed, index));
      gc();
      const args = parsed();
      const t0 = performance.now();
      readOnly(args[0], args[1]);
      tRead.push((performance.now() - t0) / 1000);
    }
    if (!(sum > 0)) throw new Error("the read-only loop read nothing");
    return {
      perSecond: CELLS / median(tLiteral),
      jsonPerSecond: CELLS / median(tParsed),
      jsonReadPerSecond: CELLS / median(tRead),
      userAgent: navigator.userAgent,
    };
  };
})();
