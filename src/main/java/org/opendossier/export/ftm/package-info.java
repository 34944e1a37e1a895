/**
 * Actors and relationships written as FollowTheMoney (FtM) entities, one JSON object a line, so that they open
 * in the tools of the FtM ecosystem (Aleph, OpenAleph, the {@code ftm} command line, yente, nomenklatura).
 * Depends only on the model and Jackson (decision record 0011).
 */
package org.opendossier.export.ftm;
