package org.opendossier.ui;

import javafx.beans.property.ReadOnlyStringProperty;

/**
 * A pane whose edits Edit → Undo and Redo act on while it is in front: the claims and the dossier composer
 * each keep their own history in their service, and the menu follows whichever is shown.
 */
public interface Undoable {
    void undo();

    void redo();

    /** What undo would undo ("move block"), or "" when nothing. */
    ReadOnlyStringProperty undoLabelProperty();

    ReadOnlyStringProperty redoLabelProperty();
}
