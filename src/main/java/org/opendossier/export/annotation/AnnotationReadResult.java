package org.opendossier.export.annotation;

import java.util.List;
import java.util.Objects;

/**
 * What was read from one document: every annotation that could be read, and one problem for each that could
 * not, in document order.
 */
public record AnnotationReadResult(List<ImportedAnnotation> annotations, List<Problem> problems) {
    public AnnotationReadResult {
        annotations = List.copyOf(annotations);
        problems = List.copyOf(problems);
    }

    /**
     * Why one annotation was not read.
     *
     * @param index 1-based position of the annotation in the document
     * @param pointer JSON Pointer (RFC 6901) to it: {@code /first/items/2}, or {@code ""} for a lone annotation
     * @param message what is wrong, for a person to act on
     */
    public record Problem(int index, String pointer, String message) {
        public Problem {
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            return "annotation " + index + (pointer.isEmpty() ? "" : " (" + pointer + ")") + ": " + message;
        }
    }
}
