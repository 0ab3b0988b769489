const { localizeMetadata } = require("../../scripts/webpack/localize-metadata");

const english = {
  functions: [
    {
      id: "INDEX",
      name: "INDEX",
      description: "Performance index",
      parameters: [{ name: "fact", description: "Fact", type: "any", dimensionality: "matrix" }],
      result: { dimensionality: "matrix" },
    },
  ],
};

describe("localizeMetadata", () => {
  it("keeps ids, types and dimensionality and swaps in the Russian texts", () => {
    const ru = localizeMetadata(english, {
      INDEX: {
        name: "ВЫПОЛНЕНИЕ",
        description: "Индекс выполнения",
        parameters: { fact: { name: "факт", description: "Фактическое значение" } },
      },
    });
    expect(ru.functions[0]).toEqual({
      id: "INDEX",
      name: "ВЫПОЛНЕНИЕ",
      description: "Индекс выполнения",
      parameters: [
        {
          name: "факт",
          description: "Фактическое значение",
          type: "any",
          dimensionality: "matrix",
        },
      ],
      result: { dimensionality: "matrix" },
    });
  });

  it("names every missing translation", () => {
    expect(() => localizeMetadata(english, {})).toThrow(/INDEX: no entry/);
    expect(() =>
      localizeMetadata(english, { INDEX: { name: "ВЫПОЛНЕНИЕ", description: "x", parameters: {} } })
    ).toThrow(/INDEX\.fact/);
  });
});
