/** The bonus block of the matrix form: coefficients and status thresholds in percent. */
import "./support/dom";
import * as React from "react";
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { I18nProvider } from "../../src/taskpane/i18n";
import type { Language } from "../../src/taskpane/i18n";
import { BonusEditor, type BonusEditorProps } from "../../src/taskpane/matrix/BonusEditor";
import { emptyForm, type MatrixForm } from "../../src/taskpane/matrix/matrixForm";

function Harness(props: { language: Language; start?: Partial<MatrixForm> }) {
  const [form, setForm] = React.useState<MatrixForm>({
    ...emptyForm(props.language),
    ...props.start,
  });
  const p: BonusEditorProps = {
    base: form.base,
    scale: form.scale,
    interpolation: form.interpolation,
    baseProblem: false,
    scaleProblem: false,
    statusAmber: form.statusAmber,
    statusGreen: form.statusGreen,
    thresholdProblem: false,
    onChange: (change) => setForm({ ...form, ...change }),
  };
  return (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider language={props.language}>
        <BonusEditor {...p} />
      </I18nProvider>
    </FluentProvider>
  );
}

test("coefficients read in percent, as in the sheet, in both languages", () => {
  const { unmount } = render(<Harness language="en" />);
  const en = screen.getByRole("textbox", { name: "Coefficient, % (row 1)" }) as HTMLInputElement;
  expect(en.value).toBe("50");
  unmount();
  render(<Harness language="ru" start={{ scale: [{ threshold: "80", coefficient: "12,5" }] }} />);
  const ru = screen.getByRole("textbox", { name: "Коэффициент, % (строка 1)" }) as HTMLInputElement;
  expect(ru.value).toBe("12,5");
});

test("blank status thresholds show what the scale gives, and follow the scale as it is edited", () => {
  render(<Harness language="en" />);
  const amber = screen.getByRole("textbox", { name: "Amber from, %" }) as HTMLInputElement;
  const green = screen.getByRole("textbox", { name: "Green from, %" }) as HTMLInputElement;
  expect([amber.value, amber.placeholder, green.placeholder]).toEqual(["", "80", "100"]);
  expect(screen.getByText(/amber from 80\s%: it pays something; green from 100\s%/)).toBeTruthy();
  // The first scale row pays nothing now: amber starts where the scale first pays (90 %).
  fireEvent.change(screen.getByRole("textbox", { name: "Coefficient, % (row 1)" }), {
    target: { value: "0" },
  });
  expect(amber.placeholder).toBe("90");
  fireEvent.change(amber, { target: { value: "85" } });
  expect(amber.value).toBe("85");
});

test("the Russian form names the thresholds in Russian", () => {
  render(<Harness language="ru" />);
  expect(screen.getByRole("textbox", { name: "Жёлтый от, %" })).toBeTruthy();
  expect(screen.getByText(/жёлтый от 80\s%: премия есть; зелёный от 100\s%/)).toBeTruthy();
});
