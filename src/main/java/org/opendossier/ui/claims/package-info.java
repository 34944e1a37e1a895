/** The claims pane (table, detail, evidence by stance, find more evidence) and the claims × sources matrix. */
package org.opendossier.ui.claims;
