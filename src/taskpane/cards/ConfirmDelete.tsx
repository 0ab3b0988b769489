/** Asks before a card is deleted: deleting is the one change the user cannot take back here. */
import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useI18n } from "../i18n";

export interface ConfirmDeleteProps {
  /** Name of the card to delete; the dialog is closed when this is null. */
  name: string | null;
  onConfirm(): void | Promise<void>;
  onCancel(): void;
}

/** The confirmation dialog for deleting a card. */
export function ConfirmDelete(props: ConfirmDeleteProps) {
  const { t } = useI18n();
  if (props.name === null) return null;
  return (
    <Dialog
      open
      modalType="alert"
      onOpenChange={(_, data) => (data.open ? undefined : props.onCancel())}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.deleteTitle}</DialogTitle>
          <DialogContent>{t.deleteText(props.name)}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => void props.onConfirm()}>
              {t.delete}
            </Button>
            <Button appearance="secondary" onClick={props.onCancel}>
              {t.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
