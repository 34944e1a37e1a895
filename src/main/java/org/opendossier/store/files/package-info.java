/**
 * The originals folder on the local file system: {@code originals/ab/abcdef…}, written through a temporary
 * file and an atomic move, then made read-only. Implements {@code store.OriginalStore}.
 */
package org.opendossier.store.files;
