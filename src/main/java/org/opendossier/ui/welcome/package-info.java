/** The welcome screen shown when no case is open. Works through the workbench's view model. */
package org.opendossier.ui.welcome;
