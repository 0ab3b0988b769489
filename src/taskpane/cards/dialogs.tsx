/** The Cards tab's dialogs (editor, library, delete), in one chunk loaded when one first opens. */
import * as React from "react";
import { CardEditor, type CardEditorProps } from "./CardEditor";
import { ConfirmDelete, type ConfirmDeleteProps } from "./ConfirmDelete";
import { LibraryPicker, type LibraryPickerProps } from "./LibraryPicker";

export interface CardDialogsProps {
  editor: CardEditorProps;
  remove: ConfirmDeleteProps;
  library: LibraryPickerProps;
}

/** Each dialog renders nothing while closed. */
export function CardDialogs({ editor, remove, library }: CardDialogsProps) {
  return (
    <>
      <CardEditor {...editor} />
      <ConfirmDelete {...remove} />
      <LibraryPicker {...library} />
    </>
  );
}
