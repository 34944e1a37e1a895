/**
 * Dialogs behind an interface: {@link org.opendossier.ui.dialog.DialogService} for view models, and its
 * JavaFX implementation. May depend on JavaFX.
 */
package org.opendossier.ui.dialog;
