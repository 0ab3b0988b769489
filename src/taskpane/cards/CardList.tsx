/** The list of the workbook's cards, each with edit, duplicate and delete buttons. */
import * as React from "react";
import {
  Button,
  Caption1,
  Text,
  makeStyles,
  tokens,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { CopyRegular, DeleteRegular, EditRegular } from "@fluentui/react-icons";
import type { Card } from "../../core/card";
import { useI18n } from "../i18n";
import { formatPercent } from "../format";
import { methodLabels } from "./cardForm";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  text: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
  name: { overflow: "hidden", textOverflow: "ellipsis" },
  meta: { color: tokens.colorNeutralForeground3 },
});

export interface CardListProps {
  cards: Card[];
  onEdit(card: Card): void;
  onDuplicate(card: Card): void;
  onDelete(card: Card): void;
}

/** One row per card: name, then code, method, unit and weight; actions on the right. */
export function CardList(props: CardListProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const methods = new Map(methodLabels(t));
  // Each button opens a dialog: the focus returns to it when the dialog closes.
  const restoreFocus = useRestoreFocusTarget();
  return (
    <ul className={styles.list} aria-label={t.tabCards}>
      {props.cards.map((card) => {
        const meta = [
          card.code,
          methods.get(card.method)?.split(":")[0],
          card.unit,
          card.weight !== undefined ? formatPercent(card.weight, language) : undefined,
        ].filter(Boolean);
        return (
          <li key={card.code} className={styles.item}>
            <div className={styles.text}>
              <Text weight="semibold" className={styles.name}>
                {card.name}
              </Text>
              <Caption1 className={styles.meta}>{meta.join(" · ")}</Caption1>
            </div>
            <Button
              {...restoreFocus}
              appearance="subtle"
              icon={<EditRegular />}
              aria-label={t.editCard(card.name)}
              title={t.edit}
              onClick={() => props.onEdit(card)}
            />
            <Button
              {...restoreFocus}
              appearance="subtle"
              icon={<CopyRegular />}
              aria-label={t.duplicateCard(card.name)}
              title={t.duplicate}
              onClick={() => props.onDuplicate(card)}
            />
            <Button
              {...restoreFocus}
              appearance="subtle"
              icon={<DeleteRegular />}
              aria-label={t.deleteCard(card.name)}
              title={t.delete}
              onClick={() => props.onDelete(card)}
            />
          </li>
        );
      })}
    </ul>
  );
}
