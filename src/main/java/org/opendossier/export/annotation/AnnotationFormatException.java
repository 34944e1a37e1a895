package org.opendossier.export.annotation;

import java.io.IOException;

/**
 * A document that cannot be read as Web Annotations at all: not JSON, or JSON that holds no annotation, page or
 * collection. A single bad annotation in a good document is not this: it becomes an
 * {@link AnnotationReadResult.Problem} and the others are read.
 */
public final class AnnotationFormatException extends IOException {
    public AnnotationFormatException(String message) {
        super(message);
    }
}
